/** The three standards of the NOS for Learning Support Staff (NOS 2009). */
export type Standard = 'A' | 'B' | 'C';

/** A criterion code such as "A1", "B7" or "C3": standard letter + performance-criterion number. */
export type CriterionCode = string;

/** A knowledge-and-understanding statement, e.g. { code: "KU17.3", text: "..." }. */
export interface KnowledgeStatement {
  code: string;
  text: string;
}

/** One performance criterion of a standard, transcribed from NOS 2009. */
export interface Criterion {
  code: CriterionCode;
  standard: Standard;
  number: number;
  title: string;
  knowledge: KnowledgeStatement[];
}
