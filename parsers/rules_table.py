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


# "The adjourned second review ... was completed today": that review's record, not a booking.
_ADJOURNED_REVIEW_COMPLETED = (r"\b(?:adjourned|reconvened) (?:\w+ )?review\b[^.\n]{0,60}\b"
                               r"(?:was|has been) (?:completed|held|concluded)\b")


KIND_RULES: dict[str, tuple[Rule, ...]] = {
    "cafcass_allocation": (
        _r(r"\b(?:allocat|appoint)\w*[^.]{0,50}" + _G, 3.0),
        _r(_G + r"[^.]{0,60}\b(?:allocated|appointed)\b", 3.0),
        _r(r"\b(?:named|allocated) " + _G, 3.0),
        _r(r"\bguardian allocation|allocation of (?:a |the )?" + _G, 3.0),
        _r(r"\bchange of (?:the )?" + _G + r"|\b(?:re-?allocated|transferred) to\b[^.]{0,20}" + _G,
           3.5),
        # Cafcass asking for the IRO's details in return, as the protocol has it.
        _r(r"\b(?:send|provide|let us (?:have|know))\b[^.\n]{0,40}\b(?:name|contact details|"
           r"details)\b[^.\n]{0,40}\b(?:iro|independent reviewing officer)", 2.5),
        # The guardian introducing herself: "I am the Children's Guardian for ...".
        _r(r"\b(?:i am|i'm|introduce myself as) (?:the |your |\w+'s )?(?:newly )?(?:allocated |"
           r"appointed |named )?" + _G + r"\b(?! service)", 3.0),
        _r(r"(?<!dear )\bbusiness support\b", 1.0),  # the author's team, not the one addressed
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
        # "Niamh Costello will be Callum's IRO", "Gideon Marsh is the IRO for Esme".
        _r(r"\b(?:is|will be|has been) (?:now )?(?:the |(?:[a-z\-]+ ){0,2}[a-z\-]+'s |(?:allocated|"
           r"appointed) as (?:the )?)?(?:allocated |named |new )?(?:iro|independent reviewing "
           r"officer)\b(?! (?:service|manager|team))", 3.5),
        _r(r"\b(?:allocated|appointed|named)\b[^.\n]{1,40}?\bas (?:the |(?:[a-z\-]+ ){0,2}"
           r"[a-z\-]+'s )?(?:iro|independent reviewing officer)\b(?! (?:service|manager|team))",
           3.5),
        # A change of IRO is a new allocation.
        _r(r"\bchange (?:of|in) (?:the )?(?:allocated )?(?:iro|independent reviewing officer)\b|"
           r"\b(?:iro|independent reviewing officer) (?:is|will be) chang\w+|\b(?:her|his|their|"
           r"[a-z]+'s) (?:new )?(?:iro|independent reviewing officer) (?:will be|is now|is going "
           r"to be|from (?:today|now) (?:is|will be))\b", 3.0),
    ),
    "looked_after_start": (
        _r(r"\b(?:became|become|becomes|becoming|has become|started to be) looked after\b", 4.0),
        _r(r"\bnewly looked after|\bnew(?:ly)? (?:lac|cla)\b|\bcame into care\b|"
           r"\bentered care\b|\bstarted to be looked after", 3.5),
        # "before she came into care": background in a mail about something else; takes
        # back what the phrase above gave.
        _r(r"\b(?:before|since|after|when|until) (?:she|he|they|the child|the young person) "
           r"(?:first )?(?:came into|entered) care\b", -3.5),
        _r(r"\baccommodated under (?:section|s\.?) ?20|\bsection 20 (?:agreement|accommodati"
            r"on)", 3.0),
        # "was accommodated on Friday 11th December 2026 under s20"
        _r(r"\b(?:was|has been|were|have been) accommodated\b[^.]{0,60}?\b(?:under (?:section|"
           r"s\.?) ?20|on|from|yesterday|today|this (?:morning|afternoon|evening)|last night)\b",
           3.5),
        _r(r"\b(?:s\.? ?20|section 20)\b", 1.0),
        _r(r"\bnotification of (?:a )?(?:child|young person) (?:becoming )?looked after", 3.0),
        _r(r"\b(?:emergency protection order|police protection|interim care order)\b", 1.0),
        _r(r"\bplaced (?:in|with) (?:emergency |an emergency )?(?:foster|residential|a foster)",
           1.5),
        _r(r"\b(?:arrange|book|request)\w* (?:the |an )?initial " + r"(?:looked after |cla |"
            r"lac )?review",
           2.0),
        _r(r"\blooked after (?:from|since)\b", 2.0),
        _r(r"\b(?:is|are|was|were) now (?:being )?(?:looked after|in care|accommodated)\b|"
           r"\bnow (?:a )?looked after\b", 3.5),
        _r(r"\b(?:lac|cla|looked after) notification\b|\bnotification of (?:a )?(?:new )?(?:lac|"
           r"cla|looked after child)\b", 3.0),
        _r(r"\b(?:made subject (?:to|of)|accommodated under|placed under) (?:an? )?(?:interim "
           r"care order|emergency protection order|epo|police protection)", 2.0),
    ),
    "court_care_plan": (
        _r(r"\b(?:final|interim) (?:court )?care plan\b", 3.5),
        _r(r"\bcourt care plan\b", 3.5),
        _r(r"\b(?:icp|fcp)\b", 2.0),
        _r(r"\bcare plan\b", 1.0),
        _r(r"\bfiled (?:the |our |an? |its )?(?:\w+ )?care plan|care plan (?:we |the la |the local "
           r"authority )?(?:has been |was |have |has )?filed", 2.0),
        # An order telling the local authority to file one is not the plan itself.
        _r(r"\b(?:shall|must|to) (?:file|serve|send)\b[^.]{0,30}\b(?:final|interim) (?:court )?"
           r"care plan\b", -3.0),
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
        _r(r"\bnotice of (?:hearing|listing|relisting)\b|\bhearing (?:has been |is )?(?:re-?listed|"
           r"vacated)\b|\b(?:re-?listed|vacated)\b", 3.0),
        # A timetable in prose: documents given as due, hearings listed.
        _r(r"\b(?:care plan|analysis|evidence|statements?|report|assessment)\b[^.\n]{0,25}\b(?:due|"
           r"to be filed|filed by)\b", 2.0),
        _r(r"\b(?:cmh|irh|frh)\b", 0.5),
        # An order's own heading: "ORDER made on 11 May 2027 at the Issues Resolution Hearing",
        # "In the Family Court sitting at ...", "the order from yesterday's CMH".
        _r(r"\border made (?:on|at|by|in|following)\b", 2.5),
        _r(r"\bin the family court\b", 1.5),
        _r(r"\border (?:from|made at|following) (?:the |yesterday'?s |today'?s )?(?:case "
           r"management|issues? resolution|first|further case management) hearing\b|"
           r"\b(?:irh|cmh|ftdr) order\b", 3.0),
    ),
    "expert_report": (
        _r(r"\bexpert(?:'s)? (?:report|assessment|evidence|witness)\b", 3.5),
        _r(r"\bpsycholog\w* (?:assessment|report)\b|\bpsychiatric (?:assessment|report)\b", 3.0),
        _r(r"\bparenting assessment\b|\bindependent social work(?:er)? assessment\b|"
           r"\bisw (?:assessment|report)\b", 2.5),
        _r(r"\bhair strand\b|\bdrug and alcohol test|\bcognitive assessment\b|\bdna test", 2.0),
        _r(r"\bpart 25\b", 1.5),
        _r(r"\b(?:sgo|special guardianship|viability|kinship|connected persons?) (?:assessment|"
           r"report)\b", 2.0),
        _r(r"\b(?:paediatric|medical|overview|addendum|psychological|psychiatric|"
           r"risk|capacity|psychometric|toxicology|genetic|radiolog\w*|neuro\w*) (?:overview )?"
           r"(?:report|assessment)\b", 2.5),
        _r(r"\bconsultant (?:clinical |forensic |child and adolescent )?(?:psychologist|"
           r"psychiatrist|paediatrician|radiologist|neurologist)\b|\bchartered (?:clinical |"
           r"forensic )?psychologist\b", 2.0),
        _r(r"\breport (?:of|by|from) dr\b|\bdr [a-z]+'?s? (?:addendum |final )?report\b", 2.5),
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
        _r(r"\bfinal (?:care |placement |supervision )?orders?\b", 3.5),
        _r(r"\bmade (?:a |an )?(?:final |full |\d+[- ]months? |\w+[- ]months? )?(?:care|placement|"
           r"supervision|special guardianship|child arrangements) orders?\b", 3.5),
        _r(r"\b(?:outcome of the final hearing|final hearing (?:outcome|concluded|has concluded|"
           r"finished|ended))\b", 3.0),
        _r(r"(?<!interim )\bcare order (?:was |has been )?(?:made|granted)\b", 3.0),
        # The order's own words, and the end of proceedings said in so many words.
        _r(r"\bthe court makes an? (?:final )?(?:care|placement|supervision|special guardianship|"
           r"child arrangements) order\b|\bsealed (?:final )?(?:care|placement|supervision|special "
           r"guardianship) order\b", 3.5),
        _r(r"\bproceedings (?:are|have come|came) (?:at|to) an end\b", 2.0),
        # The guardian's handover names the order that ended the proceedings; it is not it.
        _r(r"\b(?:my|the guardian'?s?|here is (?:my|the)) (?:written |final )?hand ?over\b", -3.0),
        # An SGO assessment or viability report is evidence for an order, not the order.
        _r(r"\bspecial guardianship order\b|\bsgo\b(?! ?(?:assessment|report|viability|"
           r"support plan|application))", 2.0),
        _r(r"\bplacement order\b", 2.0),
        _r(r"(?<!interim )\bsupervision order\b", 2.0),
        _r(r"\bchild arrangements order\b", 1.5),
        _r(r"\bno order\b", 1.0),
        _r(r"\bproceedings (?:have |has )?(?:now )?(?:concluded|ended|finished)|\b(?:conclusion|e"
            r"nd) of "
           r"(?:the )?proceedings\b", 2.0),
        _r(r"\bsealed order\b", 1.0),
    ),
    "guardian_handover": (
        _r(r"\b(?:written |guardian'?s? |closing )?hand ?over (?:letter|report|summary|document|"
           r"note|meeting|form|template)\b|\b(?:written|guardian'?s?) hand ?over\b|\bletter of "
           r"hand ?over\b|\bhanding over\b|\bhand ?over (?:to|from) (?:the )?(?:iro|guardian)\b",
           2.5),
        _r(r"\bhand ?over\b", 2.5),
        _r(r"\bend of (?:my|the guardian'?s?|her|his) involvement\b", 2.5),
        _r(r"\bhand ?over\b[^.]{0,80}\b(?:at )?the end of (?:the )?proceedings\b", 2.5),
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
        # ... but an adjourned review now completed is that review's record.
        _r(_ADJOURNED_REVIEW_COMPLETED, -3.0),
        _r(r"\breview\b.{0,40}\b(?:re-?arranged|re-?scheduled|moved|postponed|cancelled|"
           r"booked|arranged|scheduled)\b", 2.5),
        _r(r"\b" + _REVIEW + r"\b", 1.5),
        # "Invitations and consultation booklets sent today to ... for the review on ..."
        _r(r"\binvitations?\b[^.\n]{0,40}\b(?:sent|posted|emailed|issued|went out|have gone out)\b"
           r"[^.\n]{0,100}\breview\b", 3.0),
        # "Please book Amara's review", "can Tyler's next LAC review be booked as below".
        _r(r"\bplease (?:can you |could you )?(?:book|arrange)\b[^.\n]{0,30}\breview\b[^.\n]{0,12}"
           r"(?::|\bas below|\bfor\b|\bon\b)|\breview\b[^.\n]{0,20}\bbe (?:booked|arranged) "
           r"(?:as below|for|on)\b", 3.0),
        # The IRO convening a review (the answer to a significant event, LAR-EMERGENCY).
        _r(r"\b(?:i am|i'm|we are|i will be|i have|i've) (?:now )?(?:convening|convened|arranging|"
           r"arranged|booking|booked|bringing forward|brought forward)\b[^.\n]{0,50}\breview\b",
           3.5),
        _r(r"\b(?:i am|i'm|we are|i have|i've) (?:now )?(?:bringing|brought|moving|moved)\b"
           r"[^.\n]{0,40}\breview\b[^.\n]{0,12}\bforward\b", 3.5),
        _r(r"\bvenue\b", 1.0),
        _r(r"\bconsultation (?:papers?|forms?|documents?|booklets?)\b", 1.5),
        _r(r"\b(?:your|the|her|his|their|[a-z]+'s) (?:next |first |initial )?(?:looked after |cla |"
           r"lac )?review (?:(?:is|will be) (?:on|at|held)|(?:will|is to|is due to) take place)\b|"
           r"\bdate of (?:the |your )?(?:next )?revi"
           r"ew\b",
           3.0),
    ),
    "review_record": (
        _r(r"\breview record\b|\brecord of (?:the )?.{0,30}review\b|\bfull record\b", 3.5),
        # "I have read the review record": a reply about the record, not the record.
        _r(r"\b(?:i (?:have |had )?(?:now )?(?:read|seen|received|looked at)|thanks? (?:you )?for"
           r")(?: sending)? (?:the |your |\w+'s )?(?:review )?(?:record|decisions|minutes)\b",
           -3.5),
        _r(r"\breview decisions\b|\bdecisions (?:and recommendations )?(?:of|from|made at) the "
           r"(?:\w+ )?review\b|\bdecisions and recommendations\b", 3.5),
        # A record's heading: "Initial Looked After Review - 24/02/2027 - decisions", "Review held
        # on 8 April 2027 - decisions", a subject "Decisions - <child> - review <date>".
        _r(r"\breview\b[^.\n]{0,60}?(?:\b(?:held|completed|took place)\b[^.\n]{0,40}?|[-–:]\s*)"
           r"(?:decisions|recommendations)\b", 4.5),
        _r(r"^\s*(?:review )?decisions\b(?! (?:will|to) )", 3.0),
        # "The adjourned second review ... was completed today": its record, not a booking.
        _r(_ADJOURNED_REVIEW_COMPLETED, 4.0),
        _r(r"\bdecisions\s*:", 2.0),
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
        _r(r"\b(?:i|we) (?:am |'m |are |'re )?(?:happy|content|able|unable|not able) to (?:agree|"
           r"endorse|accept|sign off)\b|\b(?:i|we) (?:have |had )?(?:agreed|endorsed|signed off) "
           r"(?:the|these|them|all|your)\b", 3.5),
        _r(r"\bdesignated manager\b", 1.0),
    ),
    "significant_event": (
        _r(r"\bsignificant (?:event|incident|change)\b|\bnotifiable event\b|\bserious incide"
            r"nt\b", 3.0),
        # Asking for an emergency review because of an event; an emergency review's own
        # booking or record is not an event.
        _r(r"\b(?:request\w*|need\w*|ask\w*(?: for)?|call\w* for|consider\w*|require\w*|warrant\w*)"
           r"(?: (?:an?|the))? (?:emergency|earlier) (?:looked after |cla |lac )?review\b|"
           r"\bbring (?:the |his |her |their )?review forward\b", 3.0),
        _r(r"\bemergency (?:looked after |cla |lac )?review\b", 1.0),
        # "I have considered the placement breakdown / whether the review should be brought
        # forward": the IRO's answer to an event (LAR-EMERGENCY), not news of one.
        _r(r"\b(?:i|we) (?:have |had )?(?:now )?considered (?:the|this|his|her|their|whether)\b",
           -2.5),
        # The IRO convening that emergency review answers the event (a review booking).
        _r(r"\b(?:convening|convened|arranging|arranged|booking|booked)\b[^.\n]{0,30}\b(?:emergency|"
           r"earlier)\b[^.\n]{0,30}\breview\b", -3.0),
        _r(r"\bincident\b", 1.0),
    ),
    "cafcass_referral": (
        _r(r"\breferral to cafcass\b|\brefer(?:ring|red)? (?:this|the|this child'?s?) (?:cas"
            r"e|matter)"
           r" to cafcass\b|\bcafcass referral\b", 4.0),
        _r(r"\breviewed case referral\b|\bformal (?:iro )?referral\b|\biro referral\b", 2.5),
        _r(r"\b(?:i am|i'm|we are|i wish to be|i would like to be) refer\w* (?:the |this )?(?:case|"
           r"matter)\b|\brefer\w* (?:the |this )?(?:case|matter) (?:of|for|regarding)\b", 2.5),
        _r(r"\b(?:local )?dispute resolution\b|\bchief executive\b", 1.0),
        _r(r"\bcafcass legal\b", 1.0),
    ),
    "cafcass_decision": (
        _r(r"\b(?:decided|decision(?: is)?) (?:to|not to) (?:issue|bring) (?:legal )?proceedings|"
           r"\b(?:will|will not|won't|shall not) (?:be )?issu\w* proceedings", 4.0),
        _r(r"\bdecision (?:on|about|regarding|in respect of) (?:your |the )?(?:iro )?referral|"
           r"\boutcome of (?:your|the) (?:iro )?referral|\bfollowing (?:your|the) (?:iro )?referr"
           r"al\b"
           , 3.5),
        _r(r"\breferral\W{1,5}(?:decision|outcome|response)\b", 3.5),
        _r(r"\bcafcass legal (?:has|have) (?:now )?(?:considered|decided on) (?:your|the) (?:iro )?"
           r"referral\b", 3.0),
        _r(r"\bno (?:separate |new |further )?proceedings (?:will|shall) be issued\b", 4.0),
        _r(r"\b(?:decided|decision|will|will not|won't|not) (?:to )?(?:take (?:any )?(?:further )?"
           r"(?:legal )?action|pursue|take (?:this|the case|the matter) forward)\b", 3.0),
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

# Procedure §2.5: the sorts of event that may call for an emergency review, in the words
# social workers, conference admin, youth justice and placement teams use for them.
_KIN = (r"(?:mother|father|mum|dad|parents?|step-?(?:mother|father|mum|dad)|sibling|brother|"
        r"sister|half[- ](?:brother|sister|sibling)|grand(?:mother|father|parents?|ma|pa|mum|dad)|"
        r"nan|nanna|aunt|auntie|uncle|cousin|carer)")
EVENT_SUBTYPE_RULES: dict[str, tuple[Rule, ...]] = {
    "court_directed_change": (
        _r(r"\b(?:court|judge) (?:has |have |had )?(?:directed|ordered|indicated|decided|refused|"
           r"rejected|did not (?:approve|endorse|accept))\b[^.]{0,100}\b(?:change|plan|placement|"
           r"assess\w*|separate\w*)\b|\bchange (?:to|of) (?:the )?care plan\b[^.]{0,80}\bcourt\b|"
           r"\bdirections? from the court\b|\bcourt direct(?:ion|ed)s? (?:re|regarding|about|on)\b",
           3.0),
        _r(r"\b(?:care )?plan (?:will|would|may) (?:need|have) to change\b|\bcontrary to (?:our|t"
            r"he "
           r"local authority'?s?|the la'?s?) (?:care )?plan\b|\bchange of (?:care )?plan\b", 2.0),
    ),
    "decision_not_implemented": (
        _r(r"\b(?:decisions?|recommendations?|actions?)\b[^.]{0,60}\bnot (?:yet )?(?:been )?"
           r"(?:carried out|implemented|actioned|completed|progressed|done|met|made|followed)\b|"
           r"\b(?:decision|recommendation)s? (?:not|un)(?: yet)?[- ]?(?:implemented|actioned|"
           r"carried out)\b", 3.0),
        _r(r"\bdrift\b|\boutstanding (?:actions|recommendations|decisions)\b|\b(?:missed|outside|"
           r"beyond|past) (?:the )?(?:agreed |specified |review )?(?:timescales?|deadline)\b|"
           r"\bstill (?:not|hasn't|has not|haven't|have not) (?:been )?(?:done|made|completed|"
           r"happened|started)\b", 1.5),
    ),
    "contact_change": (
        # "contact" as time with family, not contact details or "contact me".
        _r(r"\bcontact\b(?! (?:details|numbers?|me|us|info|point|centre))[^.]{0,60}\b(?:suspended|"
           r"stopped|ceased|reduced|increased|changed|cut|halved|paused|cancelled|terminated|"
           r"moved to|now (?:supervised|monthly|fortnightly|weekly))\b|\b(?:suspen\w+|stop\w*|"
           r"reduc\w+|increas\w+|chang\w+|cancel\w*|terminat\w+|end(?:s|ed|ing)?|cut(?:ting)?) "
           r"(?:\w+ ){0,3}(?:contact|family time)\b(?! (?:details|numbers?|info))|"
           r"\bfamily time\b[^.]{0,60}\b(?:suspended|stopped|reduced|changed|increased|cut|"
           r"paused)\b|\bno (?:further )?(?:direct )?contact\b", 3.0),
    ),
    "social_worker_change": (
        _r(r"\bnew (?:allocated |named )?(?:social worker|sw)\b|\bnewly allocated (?:social worker|"
           r"sw)\b|\bchange (?:of|in) (?:allocated )?(?:social worker|sw)\b|\b(?:social worker|sw) "
           r"(?:is |has |will be )?(?:chang\w+|left|leaving|moving on)\b|\b(?:social worker|sw) "
           r"(?:will be|is now|from (?:monday|today|now) (?:is|will be))\b|\bre-?allocated to\b|"
           r"\b(?:cases?|caseload) (?:is |are |being |will be |have been |has been )*"
           r"(?:re-?allocated|transferred|handed over)\b", 3.0),
        _r(r"\b(?:i am|i'm|i will be) (?:leaving|moving on|moving to (?:another|a different|the) "
           r"\w+)\b|\bmy last day\b|\bmy (?:cases|caseload)\b", 2.0),
    ),
    "safeguarding": (
        _r(r"\bsection 47\b|\bs\.? ?47\b|\bstrategy (?:meeting|discussion)\b|\bchild protection "
           r"(?:enquir\w+|conference|concerns?|investigation|medical|strategy)\b|\b(?:initial|"
           r"review) child protection\b|\b[ir]cpc\b|\bsafeguarding (?:concern|referral|issue|"
           r"incident|alert)\w*|\ballegation\w*\b|\blado\b|\bdisclosed\b|\bmade a disclosure\b|"
           r"\b(?:sexual|"
           r"criminal) exploitation\b|\bcounty lines\b|\bcse\b", 3.0),
        _r(r"\bchild protection plan\b|\bcore group\b", 1.5),
    ),
    "complaint": (_r(r"\bcomplain\w*\b", 3.0),),
    "placement_change": (
        _r(r"\bplacement (?:has )?(?:broken down|breakdown|break[- ]?down|ended|disrupted|disrupt"
            r"ion|"
           r"ending|move|change|instability|at risk|notice)\b|\b(?:change of|emergency|new) "
           r"placement\b|\bmoved (?:to (?:a )?(?:new )?|into (?:a )?(?:new )?)(?:placement|carers|"
           r"foster|residential|children'?s home|supported (?:living|accommodation))\b|\bmoved to "
           r"(?:our |new |other |different )?(?:foster )?carers\b|\b(?:carers?|foster carers?) "
           r"(?:have |has )?(?:given|served|handed in) (?:\w+ )?(?:days'? )?notice\b|\bserved "
           r"notice\b|\bgiv\w+ (?:\d+|twenty[- ]eight) days'? notice\b|\bnotice on (?:the |her |h"
           r"is "
           r"|their )?placement\b|\b(?:can|could) no longer (?:care for|look after|manage|keep)\b|"
           r"\bunplanned (?:move|ending)\b|\bemergency move\b", 3.0),
    ),
    "family_change": (
        _r(r"\b" + _KIN + r"\b[^.]{0,40}\b(?:died|passed away|has given birth|gave birth|given "
           r"birth|married|got married|remarried|bereave\w*|divorc\w*)\b|\bbirth of (?:a |her |hi"
           r"s |"
           r"their )?(?:new )?(?:baby|sibling|half[- ]sibling|brother|sister)|\bdeath of\b|\bnew "
           r"(?:baby )?(?:sibling|half[- ]sibling|brother|sister)\b|\bbaby (?:brother|sister|"
           r"sibling)\b", 3.5),
        _r(r"\b(?:died|passed away|bereave\w*|funeral)\b|\bgave birth\b|\bnew baby\b", 2.5),
    ),
    "offence": (
        _r(r"\barrested\b|\bcharged(?: with)?\b|\byouth (?:offending|justice)\b|\b(?:yot|yos|yjs)"
            r"\b|"
           r"\bconvicted\b|\bsentenc(?:ed|ing)\b|\b(?:custodial|community|suspended) sentence\b|"
           r"\bpolice custody\b|\breferral order\b|\bremanded\b|"
           r"\bdetention and training order\b|\byouth court\b|\bcrown court\b|\bmagistrates'? "
           r"court\b|\bcautioned\b|\bcustodial\b|\byoung offender\w*|\byoi\b|\bbailed\b|\bon bail"
           r"\b",
           3.0),
    ),
    "exclusion": (
        _r(r"\bexclu(?:ded|sion)\b|\b(?:suspended|suspension) from school\b|\bsent home from "
           r"school\b", 3.0),
        # Since 2022 a fixed-term exclusion is called a suspension.
        _r(r"\b(?:given|received|had|issued) an? (?:\w+[- ])?(?:days?[- ])?suspension\b|"
           r"\bsuspension of (?:\w+ ){1,2}(?:school )?days\b|\bfixed[- ]term (?:exclusion|"
           r"suspension)\b|\bsuspended for (?:\w+ ){1,2}days\b", 3.0),
    ),
    "missing": (
        _r(r"\breported (?:him |her |them |as )?missing\b|\b(?:did not|didn't|has not|hasn't|have "
           r"not|haven't) (?:come|returned|been) (?:home|back)\b|\b(?:has been|is|was|been) "
           r"missing\b|\bwent missing\b|\bgone missing\b|\bmissing (?:episode|person|"
           r"from (?:home|care|placement|(?:her|his|their) placement))\b|\bran away\b|\brun away\b|"
           r"\babscond\w*|\bmfh\b|\breturn home interview\b|\bfailed to return\b|\bnot returned "
           r"(?:home|to (?:her|his|their|the) (?:placement|carers?|home))\b|\bfound by (?:the )?"
           r"police\b|\babsent without\b", 3.0),
        _r(r"\bmissing\b", 1.5),
    ),
    "health": (
        _r(r"\bhospital\w*\b|\ba ?& ?e\b|\bemergency department\b|\bdiagnos\w+\b|\binjur\w+\b|"
           r"\baccident\b|\boverdose\b|\bself[- ]harm\w*|\bsurgery\b|\bambulance\b|\bseizures?\b|"
           r"\bfracture\w*|\bserious(?:ly)? ill\b|\bintensive care\b|\bpermanen\w+ panel\b|\badop"
           r"tion "
           r"panel\b|\bagency decision maker\b", 3.0),
        _r(r"\billness\b|\bunwell\b", 1.0),
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
