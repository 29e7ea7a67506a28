/**
 * Applies an EditPlan to plain paragraphs, in memory: a test oracle for the plans of pure commands.
 * Operations address paragraphs by their index in the original list, as the Word adapter does (it holds one
 * proxy per paragraph, which insertions elsewhere do not move).
 */
import { orderForApplying, type EditPlan, type ParagraphInput } from "../../../src/core";

export function applyPlan(paragraphs: readonly ParagraphInput[], plan: EditPlan): ParagraphInput[] {
  const { ordered, refused } = orderForApplying(plan);
  if (refused.length > 0) throw new Error(`plan refused: ${JSON.stringify(refused)}`);
  const original = paragraphs.map((p) => ({ ...p }));
  // Like the adapter: every expected text is checked against the document before anything is written.
  for (const operation of ordered) {
    if (original[operation.paragraph]?.text !== operation.expectedText) {
      throw new Error(`paragraph ${operation.paragraph} changed`);
    }
  }
  const result = [...original];
  for (const operation of ordered) {
    const target = original[operation.paragraph]!;
    const at = result.indexOf(target);
    switch (operation.kind) {
      case "replaceText":
        target.text =
          target.text.slice(0, operation.start) +
          operation.text +
          target.text.slice(operation.start + operation.length);
        break;
      case "insertParagraphs": {
        // As the adapter does: the operation's style, else the neighbour's (built-in id and name alike).
        const style = operation.styleBuiltIn
          ? { styleBuiltIn: operation.styleBuiltIn, style: operation.styleBuiltIn }
          : operation.style
            ? { style: operation.style }
            : { style: target.style, styleBuiltIn: target.styleBuiltIn };
        const inserted = operation.texts.map((text) => ({ text, ...style }));
        result.splice(operation.position === "after" ? at + 1 : at, 0, ...inserted);
        break;
      }
      case "deleteParagraph":
        target.text = ""; // the text goes, the (empty) paragraph stays: see DeleteParagraphOperation
        break;
      default:
        break; // formatting operations do not change text
    }
  }
  return result;
}
