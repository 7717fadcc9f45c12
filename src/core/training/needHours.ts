// Hours for needs whose activity has no NOS gap or QCF credits to size it (SPEC 3.7 sizes only those).
// Estimates, kept in one place so a manager's view can replace them; no seed gives a figure.
export const NEED_HOURS = {
  selfAssessment: 2,
  performanceReview: 2,
  induction: 15, // ELS report 2010: shadowing "for weeks" as part of induction; two days of structured induction
  course: { safeguarding: 3, healthAndSafety: 3, firstAid: 6, prevent: 1, equalityAndDiversity: 3 },
  personalSkillsPerLevel: 30, // one functional-skills level
  specialistTraining: 15,
  management: 30,
  teaching: 60, // PTLLS, a 6-credit award (1 credit = 10 hours, LLUK LSP qualifications)
} as const;
