/** The form field that carries a filling-in's submission key (see ./submissions.ts). */
export const SUBMISSION_FIELD = "_submission";
