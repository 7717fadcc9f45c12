// Gibbs' action plan (Kolb's active experimentation): what the writer will do next or differently ("next time I
// will", "I'm going to", "I need to", "from now on"), or a change already arranged. "He will not engage" and "next
// meeting is 14th" are not plans for practice, so "will" counts with the writer as its subject or with none typed.
// A change already made in practice counts too (changedPractice.ts: the CPD study notes' "changed practice").
import { changedPractice } from './changedPractice';

const PLAN = /\b(next time|(?<!(useful|helpful|relevant|handy|needed|be|come|comes) )in (the )?future|from now on|going forward|moving forward|next step|next steps|(i|we) (will|shall|'ll)|i'll|we'll|(i'm|i am|we're|we are) going to|(i|we) (plan|intend|aim|hope) to|my plan is|(i|we) (still )?need to|(i|we) must|(i|we) (would|will) do (this|it|that) again|do (this|that|it) again|(i|we) (have|'ve) (arranged|agreed|asked|set up|booked|changed|started)|we've (arranged|agreed)|i've (arranged|agreed|asked|booked|changed)|i (would|will) (like to )?try|i (want|would like) to (try|use|do|learn|ask|practise|find))\b/;
// A clause begun with no subject: "Will ask every Monday", "Useful - will use it", "planning to try it", "Would like
// more training", and an instruction to oneself: "Try this again Thursday", "Ask the tutor for plans".
const BARE_PLAN = /(^|[,:(]\s*|\s-\s*)(and |then |so )?(will|going to|need to|still need to|must|keep|plan to|planning to|hoping to|intend to|try to|remember to|make sure|would like (to|more|further|some))\b/;
const TO_MYSELF = /^(try|use|ask|check|remember|book|order|share|talk to|speak to) (this|that|it|them|the|a|an|my|more|for|again|with)\b/;
// An arrangement made: "We agreed he would have rest breaks", "agreed to meet weekly".
const AGREED = /\b(we|i)( have|'ve)? (agreed|arranged) ((that )?(he|she|they|we|i|[a-z]|the \w+) (would|will|should|can|could|is to|are to)|to|on|for)\b/;
const NOT_A_PLAN = /\b(i|we) (do not|don't|didn't|did not) need to\b/g;

/** Whether a segment says what the writer will do next (SPEC 9.3: action plan). */
export function actionPlan(segment: string): boolean {
  const s = segment.replace(NOT_A_PLAN, ' ');
  return PLAN.test(s) || BARE_PLAN.test(s) || TO_MYSELF.test(s) || AGREED.test(s) || changedPractice(s);
}
