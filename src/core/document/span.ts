/** A character range inside one paragraph's text (UTF-16 offsets, as JavaScript strings count them). */
export interface TextSpan {
  start: number;
  length: number;
}
