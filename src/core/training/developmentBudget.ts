/** One person's development hours this year against their budget (SPEC 9.2). */
export interface DevelopmentBudget {
  /** Settings' "Development hours a year", pro rata to FTE, at least 6. */
  budgetHours: number;
  /** Guided hours of the needs planned "This year" that count against the budget. */
  plannedHours: number;
  /** Guided hours of the needs left for "Later". */
  laterHours: number;
  /** Guided hours of a qualification the person takes: its own release, shown beside the budget. */
  qualificationHours: number;
}
