/** English messages, part of the catalog (see en.ts): what the rules say: findings, fix titles, stub text and rule descriptions, keyed by rule id. */
export const enRules = {

  // rules, by id
  'absolute-language.message': 'Possible overgeneralisation: {words}. Say how often or on which occasions it happened instead, and review.',

  'agenda-missing.none':
    'The meeting has no agenda. Plan the conversation under meeting.agenda: how to open, what to discuss in which order, how to close, and the minutes for each part.',
  'agenda-missing.none.template':
    "The meeting has no agenda. Plan the conversation under meeting.agenda: how to open, what to discuss in which order, how to close, and the minutes for each part. The template's agenda is a place to start.",
  'agenda-missing.tooLong':
    'The agenda adds up to {planned}, but the meeting is planned for {length}. Shorten the agenda or book a longer meeting, so that the last items are not rushed.',
  'agenda-missing.tooLong.related': 'The meeting is planned for {length}.',

  'competency-not-rated.name': '"{id}"',
  'competency-not-rated.name.titled': '"{id}" ({title})',
  'competency-not-rated.missing':
    "The template's competency {competency} is not rated. Add a competencies item with `id: {id}`, a rating on the scale and a comment on what it rests on.",
  'competency-not-rated.noRating': 'Competency {competency} has no rating. Add `rating:` with a value of the scale.',

  'date-order.period': 'The period starts on {start}, after it ends ({end}). Swap the dates or correct the one that is wrong.',
  'date-order.period.related': 'The period ends on {end}.',
  'date-order.meetingOn': 'The meeting is on {date}.',
  'date-order.notice': 'The employee is notified on {notified}, after the meeting on {meeting}. Correct the date: notice is given before the meeting.',
  'date-order.planDue': 'This plan item is due on {due}, before the meeting on {meeting} that agrees it. Set a due date after the meeting.',
  'date-order.followUp': 'The follow-up is on {date}, before the meeting on {meeting} it follows up. Set a date after the meeting.',
  'date-order.signoff':
    'This sign-off is dated {date}, before the meeting on {meeting}: a record cannot be signed before the conversation it records. Correct the date.',
  'date-order.signoff.named':
    "{name}'s sign-off is dated {date}, before the meeting on {meeting}: a record cannot be signed before the conversation it records. Correct the date.",

  'disagreement-unresolved.disagree':
    'The employee disagrees with the assessment, but their view is not recorded. Add employee_response.comment in their own words, or record an appeal with `appeal: { requested: true, channel: … }`.',
  'disagreement-unresolved.partly':
    'The employee only partly agrees with the assessment, but their view is not recorded. Add employee_response.comment in their own words, or record an appeal with `appeal: { requested: true, channel: … }`.',

  'evidence-recency.message':
    'Possible recency bias: all {count} dated strengths and areas to improve fall in the last quarter of the period (from {cutoff}). Look for evidence from earlier in the period too, and review.',
  'evidence-recency.related': 'Also in the last quarter of the period.',

  'feedback-without-evidence.placeholder.strength':
    'The evidence of this strength is still a placeholder. Replace it with the fact it rests on: a record, a date, a number.',
  'feedback-without-evidence.placeholder.improvement':
    'The evidence of this area to improve is still a placeholder. Replace it with the fact it rests on: a record, a date, a number.',
  'feedback-without-evidence.missing.strength':
    'This strength has no evidence. Add `evidence:` with the fact it rests on (a record, a date, a number), not an impression.',
  'feedback-without-evidence.missing.improvement':
    'This area to improve has no evidence. Add `evidence:` with the fact it rests on (a record, a date, a number), not an impression.',

  'follow-up-missing.noDate': 'follow_up has no date. Add `on:` with the date of the conversation that checks progress on the improvement plan.',
  'follow-up-missing.none':
    'The improvement plan has no follow-up date. Add `follow_up: { on: YYYY-MM-DD }` with the date of the conversation that checks progress on it.',

  'goal-not-assessed.goal.id': 'Goal "{id}"',
  'goal-not-assessed.goal.index': 'Goal {n}',
  'goal-not-assessed.both':
    '{goal} has not been assessed: it has no result and no status. Add result (what was achieved, with its source) and status (not-met, partly-met, met or exceeded).',
  'goal-not-assessed.noResult': '{goal} has a status but no result. Add result (what was achieved, with its source).',
  'goal-not-assessed.noStatus': '{goal} has a result but no status. Add status (not-met, partly-met, met or exceeded).',

  'goal-not-measurable.goal.id': 'Next goal "{id}"',
  'goal-not-measurable.goal.index': 'Next goal {n}',
  'goal-not-measurable.both':
    '{goal} has no measure and no due date, so nobody can tell at the next review whether it was reached. Add measure (how reaching it will be measured, and from which source) and due (the date it is due, e.g. 2027-12-31).',
  'goal-not-measurable.noMeasure':
    '{goal} has no measure, so nobody can tell at the next review whether it was reached. Add measure (how reaching it will be measured, and from which source).',
  'goal-not-measurable.noDue':
    '{goal} has no due date, so nobody can tell at the next review whether it was reached. Add due (the date it is due, e.g. 2027-12-31).',

  'goal-weights.sum': 'The weights in {list} add up to {sum}, not 100. Adjust the weights so that they sum to 100, or remove them all.',
  'goal-weights.sumUnweighted.one':
    'The weights in {list} add up to {sum}, not 100. 1 goal has no weight. Adjust the weights so that they sum to 100, or remove them all.',
  'goal-weights.sumUnweighted.other':
    'The weights in {list} add up to {sum}, not 100. {n} goals have no weight. Adjust the weights so that they sum to 100, or remove them all.',
  'goal-weights.related': 'Weight {weight}.',
  'goal-weights.related.id': 'Weight {weight} of "{id}".',

  'improvement-plan-missing.message':
    'No improvement plan addresses "{id}". Add an improvement_plan item with `addresses: {id}`, an action, an owner, a due date and a measure.',
  'improvement-plan-missing.related': 'The improvement plan has no item for "{id}".',
  'improvement-plan-missing.fix': 'Add an improvement plan item for "{id}"',
  'improvement-plan-missing.stub.action': 'TODO: what will be done',
  'improvement-plan-missing.stub.owner': 'TODO: who does it',
  'improvement-plan-missing.stub.measure': 'TODO: how both sides will know it worked',

  'invisible-characters.id.hidden':
    'The id "{value}" contains characters that cannot be seen ({chars}): it looks like the id without them but is not equal to it, so references written by hand do not find it. Delete them.',
  'invisible-characters.id.bidi':
    'The id "{value}" contains bidirectional control characters ({chars}): they can make it read differently from how it is stored, and references written by hand do not find it. Delete them.',
  'invisible-characters.name.hidden':
    'The name "{value}" contains characters that cannot be seen ({chars}): it looks like the same name without them, but searches and comparisons treat it as another one. Delete them.',
  'invisible-characters.name.bidi':
    'The name "{value}" contains bidirectional control characters ({chars}): they can make the name read differently from how it is stored. Delete them.',
  'invisible-characters.fix': 'Delete the invisible characters',

  'location-not-private.advice':
    'Hold it in a closed room where it cannot be overheard or interrupted, such as a small meeting room or a closed office.',
  'location-not-private.openOffice': 'The meeting is set in an open office, where colleagues can see and hear it. {advice}',
  'location-not-private.named': 'The location names {place}. {why}. {advice}',
  'location-not-private.none': 'The review does not say where the meeting takes place. Add `location:` (and `setting: private-room`) under meeting. {advice}',
  'location-not-private.why.open': 'An open area: others can see and hear the conversation, and it will be interrupted',
  'location-not-private.why.desk': "Someone's desk or workstation: in view and earshot of colleagues",
  'location-not-private.why.passage': 'A passage: people walk through it',
  'location-not-private.why.eating': 'An eating or break area: shared and busy',

  'materials-missing.interview.plan': 'a plan interview',
  'materials-missing.interview.coaching': 'a coaching interview',
  'materials-missing.interview.appraisal': 'an appraisal interview',
  'materials-missing.interview.probation': 'a probation review',
  'materials-missing.interview.pip': 'a performance-improvement plan meeting',
  'materials-missing.template.one':
    'A material the template requires is not listed: {missing}. Prepare it before the meeting and add it to materials.',
  'materials-missing.template.other':
    '{n} materials the template requires are not listed: {missing}. Prepare them before the meeting and add them to materials.',
  'materials-missing.type.one': 'A material {interview} needs is not listed: {missing}. Prepare it before the meeting and add it to materials.',
  'materials-missing.type.other':
    '{n} materials {interview} needs are not listed: {missing}. Prepare them before the meeting and add them to materials.',

  'meeting-at-day-edge.span': '{start}–{end}',
  'meeting-at-day-edge.spanAt': 'at {start}',
  'meeting-at-day-edge.advice.span': 'Start it at {earliest} or later and end it by {latest}, when neither side is arriving or about to leave.',
  'meeting-at-day-edge.advice.at': 'Start it between {earliest} and {latest}, when neither side is arriving or about to leave.',
  'meeting-at-day-edge.before': 'The meeting ({span}) starts before the workday ({workday}).',
  'meeting-at-day-edge.after': 'The meeting ({span}) starts after the workday ({workday}).',
  'meeting-at-day-edge.past': 'The meeting ({span}) runs past the end of the workday ({workday}).',
  'meeting-at-day-edge.early': 'The meeting starts {gap} after the workday begins ({dayStart}); keep at least {edge} from the start.',
  'meeting-at-day-edge.lateEnd': 'The meeting ends at {end}, {gap} before the workday ends ({dayEnd}); keep at least {edge} from the end.',
  'meeting-at-day-edge.lateStart': 'The meeting starts at {start}, {gap} before the workday ends ({dayEnd}); keep at least {edge} from the end.',
  'meeting-at-day-edge.message': '{problem} {advice}',

  'meeting-on-the-hour.message':
    'The meeting starts on the hour ({hh}:00), when back-to-back meetings run over and people are on the move. Consider a time off the hour, such as {hh}:15 or {hh}:30.',

  'meeting-too-short.message':
    'The meeting is planned for {planned}; at least {min} are expected, so that there is time to discuss the results and agree on next steps. Book a longer slot.',

  'next-goals-missing.plan': 'This plan review sets no goals for the next period. Add next_goals, each with an id, a title, a measure and a due date, agreed with the employee.',
  'next-goals-missing.appraisal':
    'This appraisal review sets no goals for the next period. Add next_goals, each with an id, a title, a measure and a due date, agreed with the employee.',

  'notice-too-short.unknown':
    'The review does not say when the employee was told of the meeting. Notify them at least {need} ahead and record the date as `notified_on: YYYY-MM-DD` under meeting.',
  'notice-too-short.given.sameDay': 'on the day of the meeting',
  'notice-too-short.given.before': '{days} before the meeting',
  'notice-too-short.next.move': 'Move the meeting to {date} or later.',
  'notice-too-short.next.later': 'Next time, tell the employee at least {need} ahead.',
  'notice-too-short.message':
    'The employee was told {given} (notified {notified}, meeting {meeting}); at least {need} are expected, so that they can prepare. {next}',
  'notice-too-short.related': 'The meeting is on {date}.',

  'opinion-as-evidence.message': 'Possible opinion or hearsay as evidence: {words}. Cite a record, a date or a number someone else could check instead, and review.',

  'personality-language.message': 'Possible personality judgement: {words}. Describe the behaviour and its impact instead, and review.',

  'plan-item-incomplete.item.id': 'The improvement plan item for "{id}"',
  'plan-item-incomplete.item.index': 'Improvement plan item {n}',
  'plan-item-incomplete.name.owner': 'owner',
  'plan-item-incomplete.name.due': 'due date',
  'plan-item-incomplete.name.measure': 'measure',
  'plan-item-incomplete.hint.owner': 'owner (who does it)',
  'plan-item-incomplete.hint.due': 'due (by when)',
  'plan-item-incomplete.hint.measure': 'measure (how both sides will know it worked)',
  'plan-item-incomplete.message': '{item} has no {missing}. Add {add}, so that the plan can be followed up.',

  'praise-missing.stub': 'The strength is still a placeholder. Replace it with something specific the employee did well.',
  'praise-missing.none': 'No strengths recorded. Add at least one specific thing the employee did well, with the fact it rests on.',
  'praise-missing.fix': 'Add a strength to fill in',
  'praise-missing.stub.text': 'TODO: what the employee did well, and its effect',
  'praise-missing.stub.evidence': 'TODO: the record, date or figure it rests on',

  'salary-amount.amount':
    'Possible pay information: an amount next to {term}. Salaries, bonuses and raises belong in the payroll system, not in a review kept in git: remove it, and review.',
  'salary-amount.percent':
    'Possible pay information: a percentage next to {term}. Salaries, bonuses and raises belong in the payroll system, not in a review kept in git: remove it, and review.',
  'salary-amount.perPeriod':
    'Possible pay information: an amount of money per period. Salaries, bonuses and raises belong in the payroll system, not in a review kept in git: remove it, and review.',

  'scale-level-undefined.tooMany':
    'The scale has {count} levels. Use fewer (5 is common, at most {max}), each with a definition: fine scales are applied less consistently.',
  'scale-level-undefined.level': 'Scale level {n}',
  'scale-level-undefined.noLabel':
    '{level} has no label. Give every level a short label and a definition of the performance it stands for, so that reviewers apply it alike.',
  'scale-level-undefined.noDefinition':
    '{level} has no definition. Give every level a short label and a definition of the performance it stands for, so that reviewers apply it alike.',
  'scale-level-undefined.noBoth':
    '{level} has no label and no definition. Give every level a short label and a definition of the performance it stands for, so that reviewers apply it alike.',
  'scale-level-undefined.order': 'Scale values must ascend, lowest first: {value} comes after {previous}. Reorder the levels or fix the value.',

  'schema.fix.rename': 'Rename "{from}" to "{to}"',
  'schema.fix.change': 'Change to "{to}"',

  'score-goal-mismatch.met.one':
    'The only assessed goal is met or exceeded, but score {value} is below the middle of the scale ({middle}). Check the score, or explain in its rationale what outweighs the goal results.',
  'score-goal-mismatch.met.two':
    'Both assessed goals are met or exceeded, but score {value} is below the middle of the scale ({middle}). Check the score, or explain in its rationale what outweighs the goal results.',
  'score-goal-mismatch.met.other':
    'All {n} assessed goals are met or exceeded, but score {value} is below the middle of the scale ({middle}). Check the score, or explain in its rationale what outweighs the goal results.',
  'score-goal-mismatch.notMet.one':
    'The only assessed goal is not met, but score {value} is above the middle of the scale ({middle}). Check the score, or explain in its rationale what outweighs the goal results.',
  'score-goal-mismatch.notMet.two':
    'Both assessed goals are not met, but score {value} is above the middle of the scale ({middle}). Check the score, or explain in its rationale what outweighs the goal results.',
  'score-goal-mismatch.notMet.other':
    'All {n} assessed goals are not met, but score {value} is above the middle of the scale ({middle}). Check the score, or explain in its rationale what outweighs the goal results.',
  'score-goal-mismatch.related': 'Goal status: {status}.',

  'score-out-of-scale.scale.template': "the template's rating scale",
  'score-out-of-scale.scale.default': 'the rating scale (the default 1 to 5)',
  'score-out-of-scale.score': 'Score {value} is not on {scale}. Use one of its values: {levels}.',
  'score-out-of-scale.rating': 'Rating {value} is not on {scale}. Use one of its values: {levels}.',
  'score-out-of-scale.rating.id': 'Rating {value} of "{id}" is not on {scale}. Use one of its values: {levels}.',

  'score-without-rationale.bare':
    'Score {value} has no rationale. Write it as `score: { value: {value}, rationale: … }` and name the results and behaviours it rests on.',
  'score-without-rationale.none': 'Score {value} has no rationale. Add `rationale:` naming the results and behaviours the score rests on.',
  'score-without-rationale.empty': 'Score {value} has an empty rationale. Add `rationale:` naming the results and behaviours the score rests on.',
  'score-without-rationale.lowest':
    'Score {value} is the lowest on the scale, and no approver confirmed it. Add `approver:` with the name and role of the higher-level manager who reviewed the score.',
  'score-without-rationale.highest':
    'Score {value} is the highest on the scale, and no approver confirmed it. Add `approver:` with the name and role of the higher-level manager who reviewed the score.',

  'score-without-response.noAgreement': "The employee's response has no agreement. Ask them and record agree, partly-agree or disagree.",
  'score-without-response.none':
    "A score was given but the employee's response is not recorded. Add employee_response with their agreement (agree, partly-agree or disagree) and their own words.",
  'score-without-response.fix': "Add the employee's response to fill in",
  'score-without-response.stub': "TODO: the employee's own words on the score; then add agreement: agree, partly-agree or disagree",

  'sensitive-identifier.message':
    'Possible {name} ending {masked}: {check}. Review files are kept in git, where history keeps it after a later edit: remove it before committing, and review.',
  'sensitive-identifier.name.cn-resident-id': 'Chinese resident identity number',
  'sensitive-identifier.name.card': 'payment card number',
  'sensitive-identifier.name.iban': 'IBAN (bank account number)',
  'sensitive-identifier.name.us-ssn': 'US Social Security number',
  'sensitive-identifier.name.uk-nino': 'UK National Insurance number',
  'sensitive-identifier.check.cn-resident-id': 'its birth date and MOD 11-2 check digit are valid',
  'sensitive-identifier.check.card': 'its Luhn check digit is valid',
  'sensitive-identifier.check.iban': 'its mod-97 check digits are valid',
  'sensitive-identifier.check.us-ssn': 'it has the format of an issued number',
  'sensitive-identifier.check.uk-nino': 'it has the format of an allocated number',

  'signoff-missing.both':
    'The review is final, but neither the employee nor the reviewer has signed it. Add `{ role: employee, name: …, on: YYYY-MM-DD }` and `{ role: reviewer, name: …, on: YYYY-MM-DD }` to signoffs, or set the status back to held until they sign. A signature confirms receipt, not agreement.',
  'signoff-missing.employee':
    'The review is final, but the employee has not signed it. Add `{ role: employee, name: …, on: YYYY-MM-DD }` to signoffs, or set the status back to held until they sign. A signature confirms receipt, not agreement.',
  'signoff-missing.reviewer':
    'The review is final, but the reviewer has not signed it. Add `{ role: reviewer, name: …, on: YYYY-MM-DD }` to signoffs, or set the status back to held until they sign. A signature confirms receipt, not agreement.',

  'special-category-data.message':
    'Possible special-category personal data ({category}): {term}. A review kept in git is no place for it ({law}): describe the work instead, keep what HR must know in the HR system, and review.',
  'special-category-data.category.health': 'health',
  'special-category-data.category.pregnancy': 'pregnancy',
  'special-category-data.category.religion': 'religion',
  'special-category-data.category.ethnicity': 'ethnicity',
  'special-category-data.category.sexual-orientation': 'sexual orientation',
  'special-category-data.category.trade-union-membership': 'trade-union membership',
  'special-category-data.category.financial-account': 'financial account',
  'special-category-data.category.whereabouts': 'whereabouts',
  'special-category-data.law.gdpr': 'GDPR Art. 9',
  'special-category-data.law.pipl': 'PIPL Art. 28',
  'special-category-data.law.both': 'GDPR Art. 9, PIPL Art. 28',

  'support-request-unanswered.request.text': 'The request "{text}"',
  'support-request-unanswered.request.index': 'Support request {n}',
  'support-request-unanswered.noAnswer': '{request} has no answer. Add `response:` (approved, partly-approved, declined or pending) and a note on the next step.',
  'support-request-unanswered.pending':
    '{request} is still pending, but the review is final. Record the decision (approved, partly-approved or declined) and the next step in `note:`, or keep the review at held until it is decided.',

  'too-many-improvements.message.one':
    'The review raises {count} areas to improve; at most {max} are expected. Keep the most urgent one and leave the rest for a later conversation, so that the employee can act on them.',
  'too-many-improvements.message.other':
    'The review raises {count} areas to improve; at most {max} are expected. Keep the {max} most urgent and leave the rest for a later conversation, so that the employee can act on them.',
  'too-many-improvements.related': 'Item {n}: the first beyond the {max} expected.',

  'unknown-reference.strength.none':
    'This strength points at goal "{ref}", but the review lists no goals. Add the item it refers to, or remove the reference.',
  'unknown-reference.strength.unknown': 'This strength points at goal "{ref}", but no goal has that id. {hint}',
  'unknown-reference.plan.none':
    'This plan item addresses "{ref}", but the review lists no improvements. Add the item it refers to, or remove the reference.',
  'unknown-reference.plan.unknown': 'This plan item addresses "{ref}", but no improvements item has that id. {hint}',
  'unknown-reference.competency': '"{ref}" is not a competency of the template. {hint}',
  'unknown-reference.hint.goals': 'Use one of the goal ids: {ids}.',
  'unknown-reference.hint.improvements': 'Use one of the improvement ids: {ids}.',
  'unknown-reference.hint.competencies': 'Use one of the competency ids: {ids}.',
  'unknown-reference.duplicate':
    'The id "{id}" is already used by item {n} of {list}. Give each item its own id, so that references to it are unambiguous.',
  'unknown-reference.duplicate.related': '"{id}" is first used here.',

  'unknown-rule-id.template': 'Unknown rule id "{id}": this setting has no effect. {hint}',
  'unknown-rule-id.directive': 'Unknown rule id "{id}" in this `# review-{kind}` comment: it silences nothing. {hint}',
  'unknown-rule-id.hint.list': 'Run `review-yaml rules` for the list of rule ids.',
  'unknown-rule-id.fix.change': 'Change to "{to}"',
  'unknown-rule-id.fix.rename': 'Rename to "{to}"',

  'vague-feedback.message':
    'Possible vague feedback: {words} with nothing specific beside it. Say what the employee did, in which situation, and its impact, and review.',
  // rules for the parts of real review forms (scoring, calibration, self-assessment, checkpoints, outcomes, development)
  'grade-band-mismatch.total': 'The total is written as {stated}, but the scored items add up to {computed}. Correct the total or the item scores.',
  'grade-band-mismatch.grade': 'A total of {total} earns {band} ({range}) in the template\'s bands, not {grade}. Correct the grade, or the scores if the grade is right.',
  'grade-band-mismatch.below': 'A total of {total} is below the lowest band ({min}), so it earns no grade, not {grade}. Correct the grade or the scores.',
  'grade-band-mismatch.unknown': '"{grade}" is not a grade of the template. Use one of: {grades}.',
  'rating-change-unexplained.message':
    'The rating changed from {proposed} (proposed) to {final} (final) with no reason recorded. Add calibration.reason: what the moderation weighed, so the employee and an appeal can see why.',
  'rating-change-unexplained.fix': 'Add the reason for the change',
  'rating-change-unexplained.stub': 'TODO: why the final rating differs from the proposed one',
  'self-rating-gap.message':
    'The employee rated {item} {self}, the reviewer {rating}: {gap} levels apart, and no discussion is recorded. Add `discussion:` to the item: what each side pointed to and what was agreed.',
  'self-rating-gap.related': 'The reviewer\'s rating: {rating}.',
  'pip-incomplete.checkpoints': 'The improvement plan has no dated checkpoints. Add checkpoints (e.g. at 30, 60 and 90 days), each with an `on:` date, so progress is reviewed in writing along the way.',
  'pip-incomplete.measures': 'The improvement plan has no measure of success. Give each improvement_plan item a `measure:`: what both sides will see when the gap is closed.',
  'pip-incomplete.consequence': 'The improvement plan does not say what happens at its end. Add `consequence:`: what follows when the plan is met and when it is not.',
  'outcome-missing.kind.probation': 'probation',
  'outcome-missing.kind.pip': 'improvement plan',
  'outcome-missing.none': 'This {kind} record is final but has no outcome. Add outcome.decision (one of: {allowed}) with the date and the reason.',
  'outcome-missing.wrong': '"{decision}" is not an outcome of a {kind}. Use one of: {allowed}.',
  'outcome-missing.extendedTo': 'The {kind} is extended, but to when is not recorded. Add outcome.extended_to with the new end date.',
  'checkpoint-overdue.message': 'The checkpoint "{name}" was due on {on}, and the record goes on to {asOf}, but nothing is recorded for it. Add held_on, what was reviewed and its status, or move its date.',
  'checkpoint-missing.after': ' (after {days} days)',
  'checkpoint-missing.message': 'The template requires the checkpoint "{title}"{when}, but checkpoints has no item with `id: {id}`. Add it with its date.',
  'development-item-incomplete.both': 'The development item {item} has neither an activity nor a due date. Say how the skill will be grown (course, project, mentoring) and by when.',
  'development-item-incomplete.activity': 'The development item {item} has no activity. Say how the skill will be grown: a course, a project, mentoring.',
  'development-item-incomplete.due': 'The development item {item} has no due date. Add `due:` so that progress can be checked.',

  // rule descriptions: the one place each is written (core/rule.ts defineRule reads them into meta.description)
  'description.absolute-language': "Absolutes in feedback (always, never, everyone, 总是, 从不 …) where a count or the occasions would be accurate.",
  'description.agenda-missing': "The meeting has no agenda, or its agenda takes more minutes than the meeting has.",
  'description.competency-not-rated': "A competency of the template that the review does not rate.",
  'description.date-order': "Dates in the wrong order: the period ends before it starts, the notice comes after the meeting, or a plan due date, follow-up or sign-off falls before the meeting.",
  'description.disagreement-unresolved': "The employee disagrees with the assessment but neither their own words nor an appeal is recorded.",
  'description.evidence-recency': "Every dated strength and area to improve falls in the last quarter of the period (recency bias).",
  'description.feedback-without-evidence': "A strength or an area to improve with no `evidence`: no record, date or number it rests on.",
  'description.follow-up-missing': "An improvement plan with no follow-up date (or dated checkpoint) on which progress is checked.",
  'description.goal-not-assessed': "A goal of the period without a recorded result or status.",
  'description.goal-not-measurable': "A goal for the next period without a measure or a due date (not SMART).",
  'description.goal-weights': "Weights are given but do not add up to 100 (checked in goals, next_goals and scoring.items separately; in a template, scoring.items and scoring.rater_weights).",
  'description.improvement-plan-missing': "An area to improve that no improvement-plan item addresses.",
  'description.invisible-characters': "An id or a person's or template's name with bidirectional controls or zero-width characters in it: it reads or compares differently from how it looks.",
  'description.location-not-private': "The meeting is set in an open office, at a desk, in a corridor or a canteen, or the review does not say where it is.",
  'description.materials-missing': "A material the interview needs (the template's `materials`, else the defaults for the interview type) is not in `materials`.",
  'description.meeting-at-day-edge': "The meeting starts right after the workday or the employee's shift begins, ends right before it ends (closer than `policy.edge_minutes`, 30), or lies outside it.",
  'description.meeting-on-the-hour': "The meeting starts exactly on the hour (14:00), when other meetings end and begin.",
  'description.meeting-too-short': "The meeting is planned for fewer minutes than `policy.min_minutes` (30).",
  'description.next-goals-missing': "A plan or appraisal review that sets no goals for the next period.",
  'description.notice-too-short': "The employee was told of the meeting fewer than `policy.notice_days` (3) calendar days ahead, or the review does not say when.",
  'description.opinion-as-evidence': "An opinion or hearsay (\"I feel\", \"people say\", 我觉得, 听说 …) written as the evidence of a strength or improvement.",
  'description.personality-language': "Feedback that judges the person (abrasive, lazy, emotional, 态度差 …) instead of describing a behaviour.",
  'description.plan-item-incomplete': "An improvement-plan item without an owner, a due date or a measure of success.",
  'description.praise-missing': "The review records no strengths: nothing the employee did well.",
  'description.salary-amount': "A salary, bonus or raise — a currency amount, a rate, a multiple of pay or a pay-rise percentage — written in free text.",
  'description.scale-level-undefined': "A rating-scale level without a label or a definition, a scale of 10 or more levels, or values not in ascending order.",
  'description.schema': "Wrong type, missing required key, bad enum value or unknown key (with a \"did you mean\" suggestion).",
  'description.score-goal-mismatch': "The score points the other way from the goal results: every goal met but a low score, or every goal missed but a high one.",
  'description.score-out-of-scale': "The score or a competency rating is not a value of the rating scale.",
  'description.score-without-rationale': "A score without a written rationale, or a score at either end of the scale that no approver confirmed.",
  'description.score-without-response': "A score was given but the employee's response to it is not recorded.",
  'description.sensitive-identifier': "A national id number (CN resident id, US SSN, UK NINO), an IBAN or a card number anywhere in the file, recognised by its check digits.",
  'description.signoff-missing': "A final review without both the employee's and the reviewer's sign-off.",
  'description.special-category-data': 'Health, pregnancy, religion, ethnicity, sexual orientation or trade-union membership (GDPR Art. 9), or financial accounts and whereabouts (PIPL Art. 28), written about a person in free text.',
  'description.support-request-unanswered': "A request for support from the employee that has no answer, or is still pending when the review is final.",
  'description.template-unresolved': "`template:` names a file that is missing, unreadable, outside the workspace or repository, or not a `kind: template` file.",
  'description.too-many-improvements': "More areas to improve than `policy.max_improvements` (3): the review should focus on the few most urgent. Not for a `pip`, which lists every concern by design.",
  'description.unknown-reference': "A `goal:`, `addresses:` or competency id that names nothing, or an id used twice in the same list.",
  'description.unknown-rule-id': "A rule id in a template's `rules` map or in an inline `# review-disable` comment that is not a rule.",
  'description.vague-feedback': "Generic praise or criticism (\"good job\", \"needs to improve\", 做得不错, 有待提高 …) with nothing specific in it.",
  'description.yaml-syntax': "YAML that does not parse, or a key given twice in one mapping.",
  'description.grade-band-mismatch': "The weighted total written on the form is not what the scored items add up to, or the grade is not the template's band for the total.",
  'description.rating-change-unexplained': 'The final (calibrated) rating differs from the proposed one and no reason is recorded.',
  'description.self-rating-gap': "The employee's self-rating and the reviewer's rating of a goal or competency are two or more levels apart, and no discussion of it is recorded.",
  'description.pip-incomplete': 'A performance-improvement plan (`type: pip`) without dated checkpoints, without measures of success, or without a stated consequence.',
  'description.outcome-missing': 'A probation or PIP record marked `final` without an outcome decision, with a decision of the other kind, or extended without a new end date.',
  'description.checkpoint-overdue': 'A checkpoint dated before the latest date the record shows (a later checkpoint held, the outcome, a sign-off, the meeting) with nothing recorded for it.',
  'description.checkpoint-missing': "A checkpoint the template requires (`checkpoints`, e.g. a PIP's 30, 60 and 90 days) has no entry in the review's `checkpoints`.",
  'description.development-item-incomplete': 'A `development_plan` item without an `activity` or a `due` date: a wish to grow, not a plan.',
  // fix titles and the text stubs write (`TODO` stays first: isPlaceholder recognises it)
  'agenda-missing.fix.template': 'Add the template\'s agenda',
  'agenda-missing.fix.default': 'Add an interview procedure to adapt',
  'agenda-missing.topic.1': 'Opening: the purpose of the conversation and how it will go',
  'agenda-missing.topic.2': 'The employee\'s own view of the period',
  'agenda-missing.topic.3': 'Results against the goals, with the facts they rest on',
  'agenda-missing.topic.4': 'Strengths, then the few areas to improve',
  'agenda-missing.topic.5': 'Improvement plan and next goals, agreed together',
  'agenda-missing.topic.6': 'The employee\'s response and the support they ask for',
  'agenda-missing.topic.7': 'Closing: summary, next steps and the follow-up date',
  'competency-not-rated.fix': 'Add a competencies item for "{id}" to fill in',
  'competency-not-rated.stub': 'TODO: what the rating rests on; then add rating: a value of the scale ({values})',
  'disagreement-unresolved.fix': 'Add the employee\'s comment to fill in',
  'disagreement-unresolved.stub': 'TODO: the employee\'s view in their own words (or record an appeal instead)',
  'feedback-without-evidence.fix': 'Add evidence to fill in',
  'feedback-without-evidence.stub': 'TODO: the record, date or figure it rests on',
  'follow-up-missing.fix': 'Add a follow-up to schedule (proposed: {date})',
  'follow-up-missing.stub': 'TODO: add on: {date} ({why}, proposed); agree the date with the employee',
  'follow-up-missing.why.plan': 'a week after the plan\'s first due date',
  'follow-up-missing.why.meeting': '30 days after the meeting',
  'follow-up-missing.why.period': '30 days after the period',
  'goal-not-assessed.fix': 'Add the result to fill in',
  'goal-not-assessed.stub': 'TODO: what was achieved, with its source',
  'goal-not-assessed.stub.status': 'TODO: what was achieved, with its source; then add status: not-met, partly-met, met or exceeded',
  'goal-not-measurable.fix': 'Add a measure to fill in',
  'goal-not-measurable.stub': 'TODO: how reaching it will be measured, and from which source',
  'materials-missing.fix.one': 'Add "{material}" to materials',
  'materials-missing.fix.other': 'Add {n} materials to materials',
  'next-goals-missing.fix': 'Add a goal for the next period to fill in',
  'next-goals-missing.stub.title': 'TODO: what the goal is, agreed with the employee',
  'next-goals-missing.stub.measure': 'TODO: how reaching it will be measured, and from which source',
  'plan-item-incomplete.fix': 'Add {keys} to fill in',
  'plan-item-incomplete.stub.owner': 'TODO: who does it',
  'plan-item-incomplete.stub.measure': 'TODO: how both sides will know it worked',
  'score-without-rationale.fix.rationale': 'Add a rationale to fill in',
  'score-without-rationale.fix.approver': 'Add the approver to fill in',
  'score-without-rationale.stub.rationale': 'TODO: the results and behaviours the score rests on',
  'score-without-rationale.stub.approver': 'TODO: the higher-level manager who confirmed the score',
  'score-without-rationale.stub.role': 'TODO: their role',
  'sensitive-identifier.fix': 'Redact the identifier',
  'sensitive-identifier.redacted': '(redacted)',
} as const;
