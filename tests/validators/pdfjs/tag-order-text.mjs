// What a screen reader hears from a tagged PDF in Firefox: pdf.js (the PDF engine of Firefox)
// reads each page's text items and its structure tree, and the text is read in tag order: the
// structure tree depth first, each marked-content sequence giving its text items in content
// order (pdf.js applies its bidi algorithm to each item), an element with /Alt or /ActualText
// read as that text instead of its content (ISO 32000-1 14.9.3, 14.9.4), artifacts never.
//
// Usage: node tag-order-text.mjs PDFJS_DIR LIST
//   PDFJS_DIR holds node_modules/pdfjs-dist (scripts/install-pdfjs); each line of LIST is
//   "IN.pdf<TAB>OUT.txt". One process for all files (starting node and pdf.js costs more than
//   reading a release). Writes OUT.txt for each PDF; exits 1 when a PDF cannot be read.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [pdfjsDir, listing] = process.argv.slice(2);
const { getDocument, VerbosityLevel } = await import(
  pathToFileURL(join(pdfjsDir, "node_modules", "pdfjs-dist", "legacy", "build", "pdf.mjs")).href);

// Elements read inside the flow of their parent's text; every other element is a block, set
// apart by a line break (as the text layer's spans of different blocks are).
const INLINE = new Set(["Span", "Link", "Quote", "Code", "Reference", "BibEntry", "Annot", "Ruby", "RB", "RT",
                        "RP", "Warichu", "WT", "WP", "Em", "Strong", "Sub"]);

// Marked-content id → its text, from getTextContent({includeMarkedContent: true}).
function markedContentText(items) {
  const texts = new Map();
  const stack = [];
  for (const item of items) {
    if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps") {
      stack.push(item.type === "beginMarkedContentProps" && item.tag !== "Artifact" ? item.id : null);
    } else if (item.type === "endMarkedContent") {
      stack.pop();
    } else if (typeof item.str === "string") {
      const id = stack.length > 0 ? stack[stack.length - 1] : null;
      if (id === null || stack.includes(null)) continue;  // artifact or untagged: not read
      texts.set(id, (texts.get(id) ?? "") + item.str + (item.hasEOL ? "\n" : ""));
    }
  }
  return texts;
}

function read(node, texts) {
  if (node.type === "content") return texts.get(node.id) ?? "";
  if (node.type === "object" || node.type === "annotation") return "";
  let inner = (node.children ?? []).map((child) => read(child, texts)).join("");
  if (typeof node.alt === "string") {
    // The replacement keeps the white space around the content: pdf.js gives the space between
    // two words to the text item after it, which may sit in the replaced element.
    const [, before, , after] = inner.match(/^(\s*)([\s\S]*?)(\s*)$/);
    inner = before + node.alt + after;
  }
  return INLINE.has(node.role) ? inner : `\n${inner}\n`;
}

async function tagOrderText(path) {
  const data = new Uint8Array(readFileSync(path));
  const pdf = await getDocument({ data, verbosity: VerbosityLevel.ERRORS, isEvalSupported: false,
                                   disableFontFace: true, useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const tree = await page.getStructTree();
    pages.push(tree ? read(tree, markedContentText(content.items)) : "");
    page.cleanup();
  }
  await pdf.destroy();
  return pages.join("\n\f").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

let failed = false;
for (const line of readFileSync(listing, "utf8").split("\n")) {
  if (!line.trim()) continue;
  const [pdf, out] = line.split("\t");
  try {
    writeFileSync(out, await tagOrderText(pdf));
  } catch (error) {
    console.error(`tag-order-text: ${pdf}: ${error.message ?? error}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
