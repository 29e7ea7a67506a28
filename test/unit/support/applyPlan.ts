/** Applies an EditPlan to plain paragraphs, in memory: a test oracle for the plans of pure commands. */
import { orderForApplying, type EditPlan, type ParagraphInput } from "../../../src/core";

export function applyPlan(paragraphs: readonly ParagraphInput[], plan: EditPlan): ParagraphInput[] {
  const { ordered, refused } = orderForApplying(plan);
  if (refused.length > 0) throw new Error(`plan refused: ${JSON.stringify(refused)}`);
  const result = paragraphs.map((p) => ({ ...p }));
  for (const operation of ordered) {
    const target = result[operation.paragraph]!;
    if (target.text !== operation.expectedText) throw new Error(`paragraph ${operation.paragraph} changed`);
    switch (operation.kind) {
      case "replaceText":
        target.text =
          target.text.slice(0, operation.start) +
          operation.text +
          target.text.slice(operation.start + operation.length);
        break;
      case "insertParagraphs": {
        const inserted = operation.texts.map((text) => ({ text, style: operation.style ?? target.style }));
        result.splice(
          operation.position === "after" ? operation.paragraph + 1 : operation.paragraph,
          0,
          ...inserted,
        );
        break;
      }
      case "deleteParagraph":
        result.splice(operation.paragraph, 1);
        break;
      default:
        break; // formatting operations do not change text
    }
  }
  return result;
}
