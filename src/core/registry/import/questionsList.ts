/**
 * The Questions of a study group for the study period, pasted or saved as text: one per line, "Q7/17 – Security
 * of …", "Q7/17: …" or "Question 7/17 …"; "(deleted)" in a line marks a deleted Question. Other lines are ignored.
 */
import { questionId } from "./ids";
import { ImportError, type ImportedQuestion, type ImportResult } from "./types";

const LINE = /^\s*(?:Question\s+|Q\.?\s*)(\d{1,3}\s*\/\s*\d{1,2})\b\s*[–—:-]?\s*(.*)$/i;

export function importQuestionsList(input: string, text: string): ImportResult {
  const questions: ImportedQuestion[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = LINE.exec(line);
    const id = match ? questionId(`Q${match[1]}`) : null;
    if (!id) return;
    const title = match![2]!.trim();
    questions.push({
      id,
      title: title || undefined,
      status: /\(deleted\)/i.test(title) ? "deleted" : "active",
      provenance: { input, where: `line ${index + 1}` },
    });
  });
  if (questions.length === 0)
    throw new ImportError(`${input} lists no Question ("Q7/17 – title", one per line).`);
  return { input, kind: "questions", scope: "complete", meetings: [], documents: [], questions, skipped: [] };
}
