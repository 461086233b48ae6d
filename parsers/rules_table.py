"""The classifier's phrase table: for each kind, the phrases that point to it and their weights.

Phrases are matched on normalised text (lower case, straight quotes, single spaces).
Kept apart from the scoring code so the table reads top to bottom like a checklist.
"""

from __future__ import annotations

import re

Rule = tuple[re.Pattern[str], float]

_G = r"(?:children'?s |child'?s )?guardian"
_REVIEW = (r"(?:looked after (?:child(?:ren)?(?:'s)? )?|child(?:ren)? looked after |cla |lac |"
           r"statutory |care |iro |initial |second |6 monthly |six monthly )+reviews?")


def _r(pattern: str, weight: float) -> Rule:
    return re.compile(pattern), weight


KIND_RULES: dict[str, tuple[Rule, ...]] = {
    "cafcass_allocation": (
        _r(r"\ballocat\w*.{0,50}" + _G, 3.0),
        _r(_G + r".{0,60}\b(?:allocated|appointed)\b", 3.0),
        _r(r"\b(?:named|allocated) " + _G, 3.0),
        _r(r"\bguardian allocation|allocation of (?:a |the )?" + _G, 3.0),
        _r(r"\bbusiness support\b", 1.0),
        _r(r"\bagreed template\b", 0.5),
    ),
    "iro_allocation": (
        _r(r"\b(?:allocated|named|new) (?:independent reviewing officer|iro)\b", 3.5),
        _r(r"\b(?:independent reviewing officer|iro) (?:has been |was |is )?(?:allocated|appointed|"
           r"named)\b", 3.5),
        _r(r"\biro allocation|allocation of (?:an |the )?(?:iro|independent reviewing officer)",
           3.5),
        _r(r"\ballocated to (?:an |the )?(?:iro|independent reviewing officer)", 3.0),
        _r(r"\b(?:iro|independent reviewing officer) (?:for|to) (?:this|the) child", 1.5),
    ),
    "looked_after_start": (
        _r(r"\b(?:became|become|becomes|becoming|has become|started to be) looked after\b", 4.0),
        _r(r"\bnewly looked after|\bnew(?:ly)? (?:lac|cla)\b|\bcame into care\b|"
           r"\bentered care\b|\bstarted to be looked after", 3.5),
        _r(r"\baccommodated under (?:section|s\.?) ?20|\bsection 20 (?:agreement|accommodati"
            r"on)", 3.0),
        _r(r"\b(?:s\.? ?20|section 20)\b", 1.0),
        _r(r"\bnotification of (?:a )?(?:child|young person) (?:becoming )?looked after", 3.0),
        _r(r"\b(?:emergency protection order|police protection|interim care order)\b", 1.0),
        _r(r"\bplaced (?:in|with) (?:emergency |an emergency )?(?:foster|residential|a foster)",
           1.5),
        _r(r"\b(?:arrange|book|request)\w* (?:the |an )?initial " + r"(?:looked after |cla |"
            r"lac )?review",
           2.0),
        _r(r"\blooked after (?:from|since)\b", 2.0),
    ),
    "court_care_plan": (
        _r(r"\b(?:final|interim) (?:court )?care plan\b", 3.5),
        _r(r"\bcourt care plan\b", 3.5),
        _r(r"\bcare plan\b", 1.0),
        _r(r"\bfiled (?:the |our )?care plan|care plan (?:has been |was )?filed", 2.0),
    ),
    "court_directions": (
        _r(r"\bcase management order\b|\bcmo\b", 3.0),
        _r(r"\bdirections? orders?\b|\border(?:s)? (?:and|&) directions\b", 3.0),
        _r(r"\bcourt timetable\b|\btimetable for the (?:child|proceedings)\b", 3.0),
        _r(r"\bdirections\b", 1.0),
        _r(r"\bshall (?:file|serve)|\bfile and serve\b", 2.0),
        _r(r"\b(?:is|are|be) listed (?:for|on)\b|\blisted for\b", 1.0),
        _r(r"\bcase management hearing\b|\bissues? resolution hearing\b", 1.0),
        _r(r"\bupon hearing\b|\bit is ordered\b|\bthe court orders?\b", 1.5),
    ),
    "expert_report": (
        _r(r"\bexpert(?:'s)? (?:report|assessment|evidence|witness)\b", 3.5),
        _r(r"\bpsycholog\w* (?:assessment|report)\b|\bpsychiatric (?:assessment|report)\b", 3.0),
        _r(r"\bparenting assessment\b|\bindependent social work(?:er)? assessment\b|"
           r"\bisw (?:assessment|report)\b", 2.5),
        _r(r"\bhair strand\b|\bdrug and alcohol test|\bcognitive assessment\b|\bdna test", 2.0),
        _r(r"\bpart 25\b", 1.5),
    ),
    "guardian_report": (
        _r(_G + r"'?s? (?:final |interim )?(?:report|analysis|position statement|"
                r"analysis and recommendations)\b", 3.5),
        _r(r"\b(?:final|interim) analysis\b", 2.5),
        _r(r"\banalysis and recommendations\b", 2.0),
        _r(r"\b(?:final|interim) report of the " + _G, 3.5),
    ),
    "judgment": (
        _r(r"\bapproved judg(?:e)?ment\b|\bjudg(?:e)?ment (?:handed down|of (?:hhj|his honour|her "
           r"honour|district judge|the court))", 4.0),
        _r(r"\bjudg(?:e)?ment\b", 2.5),
        _r(r"\bfacts and reasons\b", 3.5),
        _r(r"\bfact[- ]finding\b", 1.0),
    ),
    "final_order": (
        _r(r"\bfinal (?:care |placement |supervision )?order\b", 3.5),
        _r(r"\bmade a (?:final )?(?:care|placement|supervision|special guardianship|child "
           r"arrangements) order\b", 3.5),
        _r(r"(?<!interim )\bcare order (?:was |has been )?(?:made|granted)\b", 3.0),
        _r(r"\bspecial guardianship order\b|\bsgo\b", 2.0),
        _r(r"\bplacement order\b", 2.0),
        _r(r"(?<!interim )\bsupervision order\b", 2.0),
        _r(r"\bchild arrangements order\b", 1.5),
        _r(r"\bno order\b", 1.0),
        _r(r"\bproceedings (?:have |has )?(?:now )?(?:concluded|ended)|\b(?:conclusion|end) of "
           r"(?:the )?proceedings\b", 2.0),
        _r(r"\bsealed order\b", 1.0),
    ),
    "guardian_handover": (
        _r(r"\bhand ?over\b", 4.0),
        _r(r"\bend of (?:my|the guardian'?s?|her|his) involvement\b", 2.5),
        _r(r"\bletter to the child\b", 1.0),
        _r(r"\bclosing (?:letter|summary)\b", 1.5),
    ),
    "review_booking": (
        _r(r"\b(?:invit\w+|you are invited)\b.{0,60}\breview\b|\breview\b.{0,30}\binvitation", 3.0),
        _r(r"\breview (?:meeting )?(?:has been |is |was )?(?:arranged|booked|scheduled|set|"
           r"confirmed)\b|\b(?:arranged|booked|scheduled) (?:the |a |an )?.{0,30}review\b", 3.0),
        _r(r"\b(?:re-?arranged|re-?scheduled|postponed|brought forward|moved to|new date|"
           r"change of date|date change)\b", 2.5),
        _r(r"\badjourn\w*", 2.5),
        _r(r"\breview\b.{0,40}\b(?:re-?arranged|re-?scheduled|moved|postponed|cancelled|"
           r"booked|arranged|scheduled)\b", 2.5),
        _r(r"\b" + _REVIEW + r"\b", 1.5),
        _r(r"\bvenue\b", 1.0),
        _r(r"\bconsultation (?:papers|forms|documents|booklets)\b", 1.5),
    ),
    "review_record": (
        _r(r"\breview record\b|\brecord of (?:the )?.{0,30}review\b|\bfull record\b", 3.5),
        _r(r"\breview decisions\b|\bdecisions (?:and recommendations )?(?:of|from|made at) the "
           r"(?:\w+ )?review\b|\bdecisions and recommendations\b", 3.5),
        _r(r"\brecommendations\b", 0.8),
        _r(r"\bminutes\b", 1.5),
        _r(r"\breview (?:was )?held on\b|\bheld on\b", 1.5),
    ),
    "manager_response": (
        _r(r"\b(?:i|we) (?:fully )?(?:agree|endorse|approve|accept) (?:with )?(?:all |the |these "
           r"|your )?(?:of the )?(?:review )?(?:decisions|recommendations)", 4.5),
        _r(r"\b(?:do not|don't|cannot|can't|unable to|am not able to) (?:agree|endorse|accept)"
           r"\b", 3.5),
        _r(r"\bdisagree\w*\b", 3.0),
        _r(r"\b(?:decisions|recommendations) (?:are |have been )?(?:agreed|endorsed|not agreed)",
           3.0),
        _r(r"\bmanager'?s? (?:response|comments|decision)\b", 2.0),
        _r(r"\bdesignated manager\b", 1.0),
    ),
    "significant_event": (
        _r(r"\bsignificant (?:event|incident|change)\b|\bnotifiable event\b|\bserious incide"
            r"nt\b", 3.0),
        _r(r"\bemergency (?:looked after |cla |lac )?review\b|\bbring (?:the )?review forward\b|"
           r"\bearlier review\b", 3.0),
        _r(r"\bincident\b", 1.0),
    ),
    "cafcass_referral": (
        _r(r"\breferral to cafcass\b|\brefer(?:ring|red)? (?:this|the|this child'?s?) (?:cas"
            r"e|matter)"
           r" to cafcass\b|\bcafcass referral\b", 4.0),
        _r(r"\breviewed case referral\b|\bformal referral\b", 2.5),
        _r(r"\b(?:local )?dispute resolution\b|\bchief executive\b", 1.0),
        _r(r"\bcafcass legal\b", 1.0),
    ),
    "cafcass_decision": (
        _r(r"\b(?:decided|decision) (?:to|not to) (?:issue|bring) (?:legal )?proceedings|"
           r"\b(?:will|will not|won't|shall not) (?:be )?issu\w* proceedings", 4.0),
        _r(r"\bdecision (?:on|about|regarding|in respect of) (?:your|the) referral|\boutcome of "
           r"(?:your|the) referral|\bfollowing (?:your|the) referral\b", 3.5),
        _r(r"\breturn\w* the case to the iro\b|\bnot exhausted\b", 3.0),
        _r(r"\bcafcass legal\b", 1.0),
    ),
    "ceased_looked_after": (
        _r(r"\bceas\w* to (?:be )?look\w* after\b|\bno longer (?:be )?looked after\b|"
           r"\bceas\w* (?:being |to be )?looked after\b|\bno longer in care\b", 4.5),
        _r(r"\b(?:section 20|s\.? ?20|accommodation) (?:has |was |will be )?(?:ended|ending|"
           r"ceased|ceasing|end)\b|\bend of (?:the )?(?:section 20|accommodation)\b", 3.0),
        _r(r"\bdischarge (?:of )?(?:the )?care order\b|\bcare order (?:was |has been )?"
           r"discharged\b", 3.0),
        _r(r"\bceas\w+\b", 1.0),
        _r(r"\breturn\w* (?:home|to (?:the care of )?(?:her|his|their) (?:mother|father|parents?))",
           1.0),
        _r(r"\b(?:nominated officer|group manager|head of service|director of children'?s "
           r"services) (?:has |have )?(?:approv|agree|authoris)\w*|\bapproved by\b", 1.5),
    ),
}

EVENT_SUBTYPE_RULES: dict[str, tuple[Rule, ...]] = {
    "court_directed_change": (
        _r(r"\bcourt (?:has )?(?:directed|ordered)\b.{0,80}\b(?:change|plan)\b|\bchange (?:to|of) "
           r"(?:the )?care plan\b.{0,80}\bcourt\b|\bdirections from the court\b", 3.0),
    ),
    "decision_not_implemented": (
        _r(r"\b(?:decisions?|recommendations?|actions?)\b.{0,60}\bnot (?:yet )?(?:been )?"
           r"(?:carried out|implemented|actioned|completed|progressed)\b", 3.0),
        _r(r"\bdrift\b|\boutstanding (?:actions|recommendations)\b", 1.5),
    ),
    "contact_change": (
        _r(r"\bcontact\b.{0,50}\b(?:suspended|stopped|ceased|reduced|increased|changed|"
           r"cancelled|terminated)\b|\bchange\w* (?:to|in|of) (?:the )?contact\b|\bfamily time\b"
           r".{0,40}\b(?:suspended|stopped|reduced|changed)\b", 3.0),
    ),
    "social_worker_change": (
        _r(r"\bnew(?:ly allocated)? social worker\b|\bchange (?:of|in) (?:allocated )?social "
           r"worker\b|\bsocial worker (?:has )?(?:changed|left)\b|\bre-?allocated to\b", 3.0),
    ),
    "safeguarding": (
        _r(r"\bsection 47\b|\bs\.? ?47\b|\bstrategy (?:meeting|discussion)\b|\bchild protection "
           r"(?:enquir\w+|conference|concerns?|investigation)\b|\bsafeguarding (?:concern|referral|"
           r"issue)\w*|\ballegation\w*\b|\blado\b", 3.0),
    ),
    "complaint": (_r(r"\bcomplain\w*\b", 3.0),),
    "placement_change": (
        _r(r"\bplacement (?:has )?(?:broken down|breakdown|ended|disrupted|disruption|ending|move)"
           r"\b|\b(?:change of|emergency|new) placement\b|\bmoved (?:to a new )?placement\b|"
           r"\b(?:carers?|foster carers?) (?:have |has )?given (?:notice|28 days)\b|\bserved"
           r" notice\b",
           3.0),
    ),
    "family_change": (
        _r(r"\b(?:mother|father|mum|dad|parent|sibling|brother|sister|grandmother|grandfather|"
           r"grandparent)\b.{0,30}\b(?:died|passed away|has given birth|gave birth|married|"
           r"bereave\w*)\b|\bbirth of (?:a |her |his )?(?:baby|sibling|half[- ]sibling)|\bde"
           r"ath of\b",
           3.0),
    ),
    "offence": (
        _r(r"\barrested\b|\bcharged with\b|\byouth offending\b|\byot\b|\bconvicted\b|\bsentenced\b|"
           r"\bpolice custody\b|\breferral order\b|\bremanded\b", 3.0),
    ),
    "exclusion": (
        _r(r"\bexclu(?:ded|sion)\b|\bsuspended from school\b|\bsuspension from school\b", 3.0),
    ),
    "missing": (
        _r(r"\bmissing\b|\bran away\b|\brun away\b|\babscond\w*|\bmfh\b|\breturn home interview\b",
           3.0),
    ),
    "health": (
        _r(r"\bhospital\w*\b|\ba ?& ?e\b|\bdiagnos\w+\b|\binjur\w+\b|\baccident\b|\boverdose\b|"
           r"\bself[- ]harm\w*|\bsurgery\b|\bambulance\b|\billness\b|\bpermanen\w+ panel\b", 3.0),
    ),
}

# A mail must mention something from the child-care world before phrases elsewhere count.
ANCHORS = re.compile(
    r"\b(?:child|children|young person|looked after|\blac\b|\bcla\b|review|care plan|guardian|"
    r"cafcass|iro|independent reviewing|social worker|placement|court|proceedings|foster|"
    r"hearing|care order|s\.? ?20|section 20)\b"
)

ROLE_PRIORS: dict[str, dict[str, float]] = {
    "cafcass": {"cafcass_allocation": 1.5, "guardian_report": 1.5, "guardian_handover": 1.5,
                "cafcass_decision": 2.0},
    "court": {"court_directions": 2.0, "final_order": 1.5, "judgment": 1.5},
    "council": {"looked_after_start": 0.5, "review_booking": 0.5, "iro_allocation": 0.5,
                "significant_event": 0.5, "ceased_looked_after": 0.5, "cafcass_referral": 0.5,
                "court_care_plan": 0.5, "review_record": 0.3, "manager_response": 0.3},
}
