// Headings LSAs type over the parts of an entry: Gibbs' stage names, Kolb's, the prompts of reflective-log templates
// ("what went well", "even better if", "next steps") and the questions of Gibbs' cycle typed as labels ("why").
// A heading counts for its stage only when something is written after it.
import type { ReflectionStage } from './reflectionResult';

const HEADINGS: Record<ReflectionStage, string[]> = {
  description: ['description', 'describe', 'what happened', 'the event', 'event', 'situation', 'experience', 'concrete experience', 'context'],
  feelings: ['feelings', 'feeling', 'feelings and thoughts', 'thoughts and feelings', 'how i felt', 'what i felt', 'what i was feeling', 'emotions'],
  evaluation: ['evaluation', 'evaluate', 'www', 'what went well', 'went well', 'things that went well', 'what worked', 'what did not go well',
    "what didn't go well", 'what didnt go well', 'things i found hard', 'what was hard', 'good/bad', 'good and bad', 'good / bad',
    'ebi', 'even better if', 'strengths', 'reflection', 'reflective observation', 'reflecting', 'review',
    // a CPD log's Impact column typed as a heading: the CPD's effect judged
    'impact', 'impact on learners', 'impact on practice', 'impact on my practice', 'outcome', 'outcomes'],
  analysis: ['analysis', 'analyse', 'why', 'why it happened', 'what sense can i make of it', 'making sense', 'reasons'],
  conclusion: ['conclusion', 'conclusions', 'what i learnt', 'what i have learnt', "what i've learnt", 'what i learnt from it', 'learning',
    'lesson learnt', 'lessons learnt', 'key learning', 'key point', 'abstract conceptualisation', 'conceptualisation',
    'abstract conceptualization', 'what i would change', 'what i would do differently', 'what else could i have done'],
  'action plan': ['action plan', 'action', 'actions', 'next time', 'next steps', 'next step', 'what i will do', 'what i will do next',
    'my targets', 'targets', 'target', 'active experimentation', 'experimentation', 'plan', 'going forward'],
};

const BY_LABEL = new Map<string, ReflectionStage>(
  (Object.keys(HEADINGS) as ReflectionStage[]).flatMap((stage) => HEADINGS[stage].map((label) => [label, stage] as [string, ReflectionStage])),
);

/** The stage a typed heading stands for, if it is one ("What went well" -> evaluation). */
export function headingStage(label: string): ReflectionStage | undefined {
  return BY_LABEL.get(label.trim().replace(/\s+/g, ' '));
}
