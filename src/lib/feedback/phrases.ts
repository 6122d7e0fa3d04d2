// Phrase lists as data: regular-expression sources over lower-case text with straight quotes.
// "(" opens a non-capturing group (see rx in text.ts). Each list is compiled once, word-bounded.

const Y = "you('re| are)?";
const NOT_AFTER = '(?<!(when|if|whenever|that|because|since|until|before|after|time|days|nights|feel|felt|like) )';
const INSULTS =
  'lazy|selfish|rude|careless|thoughtless|inconsiderate|useless|stupid|immature|childish|irresponsible|clueless|controlling|needy|crazy|dramatic|pathetic|impossible|hopeless|ridiculous|mean|cruel|spoiled|stubborn|petty|cheap|disgusting|annoying|unreliable|oblivious|ungrateful|self-centered|toxic|disrespectful|insensitive|cold|the worst|(a |an )?(slob|jerk|idiot|liar|mess|child|baby|nightmare|joke|bully|workaholic|brat|loser)';

/** Shared by validation and empathy: brushing a feeling aside. */
const DISMISS =
  "(^|[.!?,]\\s*|just |please |you need to |you should )(relax|calm down|chill)|no big deal|not (a|such a|that) big deal|over ?react(ing|ed|s)?|too sensitive|get over it|(just |need to |should |let's )(let it go|move on)|whatever|dramatic|come on|it's fine|(it's|it is|it was) not (that|so) bad|at least(?! (once|twice|\\d|one|two|three|a |an |\\w+ times))";
/** Shared by mirror and empathy: jumping to advice. */
const FIX =
  "you (should|could just|could try|need to|might want to)|why don't (you|we)|have you tried|next time|if i were you|(i'll|i will|let me) (fix|handle|sort|take care)|maybe (you|we) (should|could)";

/** Blame and attack, by kind. */
export const BLAME: Record<string, string> = {
  absolute:
    "(you|you're|you've|you'd|your \\w+|nobody|no one|everyone|some people|they|people)( \\w+){0,2}? (always|never|constantly|forever)|all you (ever )?(do|care about|want)|every single time|you('re| are)?[^.!?;]{0,40} all the time|for once|not once|you (don't|won't|didn't) (ever|even)",
  'make-me': 'you (\\w+ )?(make|made|makes|making) me|drives? me (crazy|nuts|mad)',
  label: `(${Y}|you're being|you were|you act|you sound|you seem)( (so|such|a|an|really|just|totally|being|acting|very|always|never|too|kind of|bit of an?)){0,3} (${INSULTS})|(what|such) an? (${INSULTS})|(act|acting|behave|behaving) like an? (child|baby|kid|brat|teenager)|how (can|could) you be so`,
  why: "why (can't|cant|won't|don't|do|does|did|didn't|would|wouldn't|is it so hard|are|aren't|should) you|how many times|what('s| is) (wrong|the matter) with you|what('s| is) your problem|what were you thinking|do you even|can't you (just|ever|even)|is it (too much|so hard) to|would it kill you|how hard is it",
  'if-loved':
    'if you (really |actually |truly |even )?(loved|cared|respected|valued|listened)|if you were (a )?(real|good|better|decent)',
  sarcasm:
    "(^|[.!?]\\s*)(oh,? )?(great|wonderful|perfect|fantastic|brilliant|lovely|awesome|sure|wow|nice)\\s*[,!.]|thanks? (a lot|for nothing|a bunch|for finally)|must be nice|how (nice|thoughtful|kind|sweet|considerate|convenient) of you|(real|really|very|so) mature|what a (surprise|shock)|big surprise|as usual|yeah,? right|good job|congratulations|can't wait(?=\\s*[.!])|don't mind me|sure,? because|of course you (did|do|would|forgot|didn't)|more (important|interesting|fun) than (me|us)|nice of you|glad you finally|lol|wow",
  'mind-read':
    "you (just |obviously |clearly |really )?(don't|do not|never|didn't) (even )?(care|love|respect|value|want|think about|appreciate|listen|try|bother)|you (only|just) (care|think|want)|you (obviously|clearly)|you('re| are) (obviously |clearly |just )?(trying to|not (even )?interested|not listening|ignoring me|pretending)|on purpose|deliberately|you('d| would) (rather|prefer)|you think (you're|i'm|only|that you|i don't)|you want(ed)? to (hurt|punish|embarrass|control)|not (important|a priority) to you|(doesn't|don't) matter to you",
  demand: `${NOT_AFTER}you (need to|have to|must|should('ve| have)?|ought to|had better|'d better|better|gotta)`,
  fault: "your fault|because of you|thanks to you|blame you|you ruin(ed|s)?|it's on you",
  hostile:
    "sick (and tired )?of|fed up with you|i can't stand|shut up|grow up|get a (clue|grip|life)|whatever|i hate (it when you|you|how you|the way you|that you)|how dare you",
};

/** Absolutes about the partner only (validation and empathy describe others' lives freely). */
export const YOU_ABSOLUTE =
  "you('re| are)?( \\w+){0,2}? (always|never|constantly)|all you (ever )?(do|care about|want)|every single time";

/** "I feel like / that / as if": a thought dressed as a feeling. */
const FEEL = '(feel|feels|felt|feeling)';
const LIKE = '(like|that|as if|as though)';
export const THOUGHT_FEEL = `(i|i've|i'm|i am|i was|i get|i keep|part of me|it)( \\w+){0,2}? ${FEEL} ${LIKE}|i (\\w+ )?(feel|felt) (you|you're|your|we|we're|they|they're|nobody|no one|everyone|i'm|i am|i can't|it's)`;
export const THOUGHT_YOU = `${FEEL} ${LIKE} (you|you're|your)`;
export const EMPATHY_THOUGHT = `${FEEL} ${LIKE}|${FEEL} (i|i'm|i've|i don't|i didn't|we|we're|nobody|no one|everyone|people|they)(?![a-z'])|you (\\w+ )?(think|thought|believe|assume|decided)( that)? (i|i'm|i've|i don't|we|nobody|no one|you're|you are|everyone)`;

/** Other ways to say a feeling: "it hurts", "it scares me", "I worry". */
export const FEEL_VERBS =
  '(it|that|this|which) (really |just |kind of |always |still |deeply )?(hurts|hurt|scares|scared|worries|worried|frightens|saddens|upsets|upset|stresses|stressed|embarrasses|frustrates|frustrated|bothers|bothered|annoys|overwhelms|confuses|terrifies|unsettles|discourages|breaks my heart|stings)( me)?|i (\\w+ )?(worry|fear|dread|panic|resent|miss|ache|regret|long for)';

/** Asking: shared by wishes in I-statements and by requests. */
export const ASK =
  "(would|could|can|will|shall|might) (you|we)|(are|were) you (willing|open|up for|okay with|able)|how (would|do) you feel about|i('d| would) (really |so |also )?(love|like|appreciate|welcome|be grateful)( it)? (if|for|you|when|to)|it would (really |so )?(mean|help|be (great|lovely|wonderful|nice|good|a gift))|it'd (really )?(mean|help|be)|i('m| am) (asking|wondering)|would it (be okay|be ok|work|be all right|help)|what if we|how about (we|you|if)|(would|does) that work|is that something you|do you think you could";

/** A need, wish or hope. */
export const WISH = `${ASK}|i('d| would| will)? (really |so |truly |just |also |much )?(like|love|appreciate|prefer|welcome|value)|i (really |so |truly |just |also |deeply )?(need|want|wish|hope|long for|miss)|i('m| am) (really |so |just |also )?(hoping|asking|longing|wishing)|would mean (a lot|so much|the world)|(what|all) i (need|want|would like|'d like|wish|hope for) is|my (wish|hope|need|request) is|(matters|means a lot|is important|important) to me|let's`;

/** A wish phrased as what not to do. */
export const NEGATIVE_WISH =
  "(to|you|please|just|we) (not|never|no longer)|(^|[.!?]\\s*|please |just |you to )(don't|do not|never)|stop(?! by| at| in| off)|quit|no more|any ?more|refrain|cut it out";

// ---- mirror ----------------------------------------------------------------

export const LEAD_IN =
  "if i('m| am)? (\\w+ )?(got|get|have|heard|hear|understand|understood|caught|hearing|getting|understanding|following)( (it|that|this|you|all|everything))?|let me (see|check|make sure|repeat|reflect|mirror|say back|try)|what (i|i'm) (hear|heard|hearing|understand|got|get)|i (hear|heard) (you|that)|(so )?you('re| are)? (said|saying|say|telling me|told me|sharing)|i('m| am) (hearing|getting|understanding)|what you('re| are)? (said|saying|told me)|so,? (if i'm|you|it's|when)|it sounds like|so what you";

/** Check-ins, shared by mirror and empathy. */
export const CHECK_IN =
  '(did|do|have) i (get|got|hear|understand|catch|capture|miss)|is (that|this) (right|it|close|correct|accurate|true|what|how|all|everything)|is there (anything )?(more|else)|anything (else|more)|am i (getting|hearing|understanding|close|right|on)|tell me (more|if)|what else|have i (got|understood)|(got|get) (it|that|you) right\\?|does (that|this) (fit|sound|feel)|how close|is any of that|what are you feeling';

/** Words that frame a mirror ("If I got it, you said... Did I get that?"), ignored when comparing. */
export const FRAME_WORDS =
  'say,hear,understand,sound,right,correct,else,see,sure,check,tell,catch,repeat,mirror,accurate,true,miss,close,mean,share,yes';

/** Adding your own side inside a mirror: rebuttal, explanation, interpretation, fixing. */
export const MIRROR_ADDED: Record<string, string> = {
  rebuttal:
    "but|however|although|though|actually|to be fair|in my defense|in fairness|honestly|that's not (true|fair|what happened)|not my fault|you're (overreacting|wrong|exaggerating)|you (also|do it too)|what about|the reason (is|was)|you know i|i (did|do|didn't|don't|never|always|just|only|was|wasn't|tried|try|had to|meant)",
  interpretation:
    "(so )?you (think|believe|assume|feel like|decided) (that )?(i|i'm|i've|i don't|i am)|you('re| are) (basically|really|actually|just) saying|what you (really|actually) mean|you must (think|feel|be)|i guess you|in other words|deep down|which (i guess )?means|you('ve| have) already decided|you (probably|obviously|clearly)",
  fixing: `${FIX}|don't worry|i('ve| have) got it|it('s| is) (okay|fine|not a big deal)|i promise|i'm sorry|we should`,
};

// ---- validation --------------------------------------------------------------

export const MAKES_SENSE =
  "(makes?|making) ((total|complete|perfect|a lot of|so much|real|good|some) )?sense|i (can |could )?(totally |really |completely |fully |definitely |now |also )?(see|understand|get|imagine|follow) (why|how|that|where you're coming from|what you mean)|i (can |really |totally |completely )?understand(?= (you|the|your|it|this|that|wanting|feeling|being))|(it's|it is|that's|that is|it was|it seems) (completely |totally |so |very |really |perfectly )?(understandable|natural|reasonable|fair|logical|normal|valid)|no wonder|of course you|anyone would|understandable|that tracks|i see where|you('re| are) (right|not wrong) to";

export const REASON =
  "because|cause|'cause|since|given|considering|seeing as|as you|as it|with (all|everything|how|the way|what|so much)|in light of|after (all|what|everything|how|the way|i|you|we|the|a|last|that|being|spending|working|waiting|growing)|especially (since|after|with|because|when|as|now|given|if)|what makes sense is|due to|the reason|for (someone|a person) who|when you('ve| have)? (been|had|spent|grew|were)|knowing";

export const INVALIDATE = `${DISMISS}|but|however|although|though|,\\s*yet|even (though|so)|still,|shouldn't (feel|be|get|have)|should not (feel|be)|you('re| are) wrong|wrong about|get over|chill out|just a joke|ridiculous|if you say so|i guess|i suppose|anyway|i (disagree|don't agree)|not true|that's not what happened|(doesn't|don't|does not|didn't) (really )?make (any |much )?sense|makes? (no|little) sense|can't (see|understand) why|(don't|do not) (really )?(understand|see|get) (why|how)|${NOT_AFTER}you (need to|should|have to|must)|you're being|it was nothing|(kind|sort) of makes|i (just |still |really |honestly |personally |do )think|you (misheard|misunderstood|got it wrong|took it wrong)|i mean,|taking it (too )?personally|blow(ing)? (it|this|things) out|making a big|over nothing|fine,|lol`;

// ---- empathy -----------------------------------------------------------------

export const IMAGINE =
  "i('d|'m)?( (can|could|would|only|really|also|just))* (imagine|guess|bet|sense|picture|wonder)|(it )?sounds like you|you (might|may|must|probably|could)( have)? (be|been|feel|felt|feeling)|you('re| are| were) probably|(maybe|perhaps) you|my guess is|i('m| am) guessing|it must (have been|be|feel)";

export const EMPATHY_SELF =
  "i know (exactly |just )?(how|what) you|me too|same here|me neither|i('ve| have)? (\\w+ )?(feel|felt|been|go|went) (the )?same|happened to me|i('ve| have) been there|i went through|i (also|too) (feel|felt|get|got|was)|i('m| am)( \\w+){1,3} (as well|too)(?=[.!?,]|$)|that reminds me|i'd be (fine|okay)|my (own )?(experience|situation)|the same (thing )?(happened|happens)";

export const EMPATHY_FIX = `${DISMISS}|${FIX}|bright side|could (have been|be) worse|happens for a reason|silver lining|on the plus side|the good (news|thing) is|it('ll| will) (all )?(be fine|be okay|work out|pass|get better)|look at it this way|think positive|count your blessings|just (try|ask|tell|talk|call|do|go|ignore|breathe)|my advice|you'd feel better if|what you (need|should|could) (to )?do|(^|[.!?,]\\s*|please |so |just )(don't|do not) (be|feel|worry|cry|get|take|stress)|cheer up|no need to|stop (being|worrying|crying|feeling|complaining)|it's nothing|shake it off|snap out of|it('s| was) (just|only) a|forget (about )?it|so what|grow up|you('re| are) fine|your (own )?(fault|choice|doing)|you chose|you asked for it|you (have to|ought to|just need)`;

// ---- requests ------------------------------------------------------------------

export const SOFT_DEMAND = 'i (really )?(need|want|expect) you to|please(?! would| could| can| will)';

export const DEMAND = `(^|[.!?]\\s*|from now on,?\\s*|and |so )you('ll| will| are going to|'re going to)|${NOT_AFTER}you (need to|have to|must|should|ought to|had better|gotta|got to)|you('d)? better|from now on|i (expect|insist|demand)|or else|no excuses|i'm telling you|about time|i shouldn't have to|for once|end of (story|discussion)|make sure you`;

export const REQUEST_NEGATIVE =
  "(to|you|please|just|we|and|would you|could you|can you) (not|never|no longer)|(^|[.!?]\\s*|please |just |and |you to |to )(don't|do not|never)|stop(?! by| at| in| off)|quit|refrain|avoid|no more|any ?more(?! than)|(less|fewer)(?! than)|cut (it |that |back|down|out)|not to|give up";

export const VAGUE =
  '(care|try|help|listen|communicate|work|contribute|love|respect|appreciate|support|do) (me |us )?(a bit |a little |a lot |much |way )?(more|harder|better)(?! (than|on|with|of|by|during|at|in|when|each|every|before|after)\\b)|be (a )?(bit |little |lot )?(better|nicer|kinder|more(?! than)|less(?! than)|there for me|present|considerate|thoughtful|supportive|respectful|responsible|understanding|romantic|patient|caring|loving|attentive|helpful|involved|mature|honest|nice|kind|good|sweet|grateful|reasonable|fair|affectionate|different|on my side)|(respect|love|appreciate|value|understand|prioritize|notice|trust|cherish|accept) me(?= *[.?!,]| more| better| for)|pay (more )?attention|(make|put in) (an |more |some |a real )?effort|step up|pull your weight|do your (part|share|bit)|show (me )?(that )?you (care|love|mean|actually)|show (me )?(more |some )?(love|respect|affection|interest|appreciation|care)|treat me (better|right|well|with)|make me (a |your )?(priority|feel)|act (like|more)|grow up|do (better|more)(?= *[.?!,]|$)|help (out )?more|get (it|your act) together|something nice|change(?= *[.?!,]|$| your attitude| the way you)|put (me|us) first|take (more )?responsibility|take (me|this|us) seriously|include me more|spend more time with me(?= *[.?!,]|$)|be (around|home|there) more|care about (me|us|my feelings)|open up|(help( me| out)?|try|do it|do something)(?= *[.?!]|$)';

export const BOUNDED =
  "(mon|tues|wednes|thurs|fri|satur|sun)days?|week(day|end|night)s?|(morning|evening|night|afternoon)s?|to(night|morrow|day)|(dai|week|night|month)ly|noon|midnight|once|twice|(at|during|after|before|over|by|around) (dinner|lunch|breakfast|bed|bedtime|work|school)|(this|next|every|each|per|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|half an?|\\d+)( \\w+)? (weeks?|months?|year|minutes?|hours?|days?|times?)|\\d+ ?(am|pm)|\\d+(st|nd|rd|th)|o'clock|when(ever)? (you|we|i|the|it|your|our|my|they)|(before|after|until|till|by) (you|we|i|the|any|our|your|my|\\w+ing|\\d|six|seven|eight|nine|ten)|in advance|ahead|right away|as soon as|the rest of|(jan|febr)uary|march|april|june|july|august|(septem|octo|novem|decem)ber";

export const UNBOUNDED =
  'sometimes|more often|from time to time|occasionally|once in a while|every now and then|some ?time|whenever you can|when you get a chance|more|at some point|eventually|someday';
