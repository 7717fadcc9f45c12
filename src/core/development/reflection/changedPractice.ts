// The CPD study notes ask for "examples of changed practice": a change already made in the writer's own work ("I now
// ask", "Now keep the kit checked", "since the course I check", "I've started using", "changed how I support L").
// Read here once, it counts twice (SPEC 9.3, Gibbs' cycle as the full cycle of CPD): as an action for practice, and,
// being the CPD's effect, as its impact judged (evaluation). "I now understand" is a lesson drawn, not a change.
// A lesson drawn ("I now understand"), a state, or where one works ("I now work in the Year 9 base") is no change.
const NOT_A_CHANGE = String.raw`(understand|realise|realised|know|see|feel|felt|think|believe|wonder|have|had|am|was|were|can|could|would|will|need|based|live|employed|work (in|at|for)|working (in|at|for))`;
// Verbs of everyday support that a clause with no subject typed begins with: "Now use a traffic light card".
const PRACTICE_VERB = String.raw`(use|uses|keep|give|ask|check|let|sign|write|plan|sit|make|do|read|put|prepare|model|allow|wait|offer|start|encourage|prompt|follow|speak|talk|explain|show|take|bring|send|set|spend|support|include|record|try|always|make sure)`;

const CHANGED = new RegExp([
  // "I now ask learners", "we now keep", "I am now sitting further back"
  String.raw`\b(i|we)( am| are|'m|'re)? now (?!${NOT_A_CHANGE}\b)[a-z]{2,}`,
  // "Now use a traffic light card system with G"
  String.raw`(^|[,:;]\s*|\s-\s*)now ${PRACTICE_VERB}\b`,
  // "I give him the paper layout in advance now": the writer's present practice, "now" closing the clause
  String.raw`\b(i|we) (?!${NOT_A_CHANGE}\b|\w+ed\b|went\b|did\b|got\b|gave\b|took\b|made\b|sat\b|told\b|said\b)[a-z]+\b[^.,;!?]{0,60}\bnow\s*([.,;!?]|$)`,
  // "since the course I check the care plan"
  String.raw`\bsince (the|this|that|my|doing the|attending the|going on the) (course|training|session|workshop|module|webinar|refresher|cpd|observation|feedback|update)\b`,
  // "since we introduced the quiet table", "since I started using the mini whiteboards", "I've started giving choices"
  String.raw`\bsince (i|we) (introduced|started|began|changed|set up|brought in|switched)\b`,
  // "since doing this I always give a warning", "I have since set up a quiet corner"
  String.raw`\bsince (doing|attending|completing|finishing|going on|taking) (this|it|that)\b|(\b(i|we)( have|'ve)|(^|[,:;]\s*)have) since [a-z]{3,}`,
  // "Put the ideas into practice with my Tuesday group" (not "will put it into practice": a plan, not yet a change)
  String.raw`(?<!\b(will|to|'ll|shall|would|could|can|must|going to) )\b(put|putting)\b[^.;!?]{0,40}?\binto practice\b`,
  // "I have been using the social stories with J": a practice kept up (not "been feeling", "been working in")
  String.raw`\b(i|we)( have|'ve) been (?!(feeling|thinking|wondering|worrying|struggling|waiting|working|trying|off|ill|away|asked|told|on)\b)[a-z]{2,}ing\b`,
  String.raw`(^|\b(i|we|i've|we've|i have|we have) )(started|begun|began) (\w+ing|to \w+)\b`,
  // "changed how I support L", "changed the way I set up the room", "this has improved how I write my notes"
  String.raw`\b(changed|changing|improved|adapted|altered) (how|the way|what|when) (i|we)\b`,
  String.raw`\b(changed|adapted|altered) (my|our) (practice|approach|routine|way of \w+ing)\b`,
].join('|'));

/** Whether a segment tells a change already made in the writer's practice (CPD study notes: "changed practice"). */
export function changedPractice(segment: string): boolean {
  return CHANGED.test(segment);
}
