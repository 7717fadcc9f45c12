/** A NOS rating (SPEC 3.2): 0 Not yet, 1 Aware, 2 Developing, 3 Competent, 4 Advanced. */
export type Rating = 0 | 1 | 2 | 3 | 4;

export const RATING_LABELS: Record<Rating, string> = {
  0: 'Not yet',
  1: 'Aware',
  2: 'Developing',
  3: 'Competent',
  4: 'Advanced',
};
