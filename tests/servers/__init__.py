"""Real servers for the test suite, each started privately on a free loopback port."""
