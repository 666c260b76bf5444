// A small AsciiDoc mode for CodeMirror 6 (a StreamLanguage: line by line, with a little state for delimited
// blocks). It highlights what an editor of a standard needs to see at a glance: section titles (with their level),
// attribute entries and references, block delimiters, block attributes and titles, anchors, list markers, table
// cells, cross-references, includes and other directives, admonition labels, comments and inline markup.
// It does not try to be Asciidoctor: the server's check is the judge of what the text means.
import { StreamLanguage } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

// Delimited blocks whose content is not AsciiDoc (shown as code, a comment or raw passthrough).
const VERBATIM = { '-': 'monospace', '.': 'monospace', '+': 'processingInstruction', '/': 'comment' };
const DELIMITER = /^(={4,}|-{4,}|\.{4,}|\*{4,}|_{4,}|\+{4,}|\/{4,}|-{2}|[|,:!]={3,})\s*$/;
const ADMONITION = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION|EXAMPLE):\s/;
// Letters and digits, Chinese characters included: constrained markup (*粗体*) does not work next to them.
const WORD = /[\w\u3400-\u9fff\uf900-\ufaff]/;
const DIRECTIVE = /^(include|ifdef|ifndef|ifeval|endif|image|video|audio|toc)::/;

export const asciidocParser = {
  name: 'asciidoc',

  startState() {
    // verbatim: the delimiter of the verbatim block we are in; table: inside |=== … |===; cell: the table's
    // cell separator; directive: the rest of a directive line (target, then its attribute list).
    return { verbatim: null, table: false, cell: '|', directive: null, entryValue: false };
  },

  copyState(s) {
    return { ...s };
  },

  blankLine(s) {
    s.directive = null;
    s.entryValue = false;
  },

  token(stream, s) {
    if (stream.sol()) {
      s.directive = null;
      s.entryValue = false;
      const line = stream.string;

      // Inside a verbatim block: everything up to its closing delimiter is one token per line.
      if (s.verbatim) {
        if (line.trimEnd() === s.verbatim) {
          s.verbatim = null;
          stream.skipToEnd();
          return 'contentSeparator';
        }
        stream.skipToEnd();
        return VERBATIM[s.verbatim[0]] || 'monospace';
      }

      // Line comments (but not the //// block delimiter).
      if (/^\/\/(?!\/\/)/.test(line)) {
        stream.skipToEnd();
        return 'comment';
      }

      // Block delimiters; tables switch cell highlighting on and off, verbatim blocks swallow their content.
      const delimiter = line.match(DELIMITER);
      if (delimiter) {
        const d = delimiter[1];
        if (/^[|,:!]=/.test(d)) {
          s.table = !s.table;
          s.cell = d[0];
        } else if (VERBATIM[d[0]] && d.length >= 4) {
          s.verbatim = d;
        }
        stream.skipToEnd();
        return 'contentSeparator';
      }

      // Section titles: "= Title" is the document title, "== 范围" a clause, and so on (Markdown-style # too).
      const heading = line.match(/^(={1,6}|#{1,6})\s+\S/);
      if (heading && !s.table) {
        stream.skipToEnd();
        return 'heading' + heading[1].length;
      }

      // Attribute entries  :name: value   and unset  :name!:
      const entry = stream.match(/^:!?[\w][\w-]*!?:/);
      if (entry) {
        s.entryValue = true;
        return 'attributeName';
      }

      // Block anchors [[id]] / [#id] and block attribute lines [preface], [cols="1,2",options="header"].
      if (/^\[\[[^\]]+\]\]\s*$/.test(line)) {
        stream.skipToEnd();
        return 'labelName';
      }
      if (/^\[[^\]]*\]\s*$/.test(line) && !s.table) {
        stream.skipToEnd();
        return 'meta';
      }

      // Block titles  .表的标题  (not "..." nor a list item ". item").
      if (/^\.[^.\s]/.test(line) && !s.table) {
        stream.skipToEnd();
        return 'blockTitle';
      }

      // Preprocessor and block macros: include::annex-a.adoc[], image::figure.png[], ifdef::attr[].
      const directive = stream.match(DIRECTIVE);
      if (directive) {
        s.directive = 'target';
        return 'keyword';
      }

      // Admonition labels NOTE: … 示例: handled as keywords.
      if (stream.match(ADMONITION)) {
        return 'keyword';
      }

      // List markers: * item, ** item, - item, . item, 1. item, and description lists term:: text.
      const marker = stream.match(/^\s*(\*{1,5}|-|\.{1,5}|\d+\.|[a-zA-Z]\.|<\d+>)\s+(?=\S)/);
      if (marker) {
        return 'list';
      }
    }

    // The rest of a directive line: its target (a path or URL), then its attribute list.
    if (s.directive === 'target') {
      if (stream.match(/^[^\[\s]+/)) {
        s.directive = 'attrs';
        return 'url';
      }
      s.directive = 'attrs';
    }
    if (s.directive === 'attrs' && stream.match(/^\[[^\]]*\]/)) {
      s.directive = null;
      return 'meta';
    }

    // After an attribute entry's name: its value, with references inside it.
    if (s.entryValue) {
      if (stream.match(/^\{[\w][\w-]*\}/)) {
        return 'attributeReference';
      }
      stream.match(/^[^{]+/) || stream.next();
      return 'attributeValue';
    }

    return inline(stream, s);
  },

  languageData: {
    commentTokens: { line: '//', block: { open: '////', close: '////' } }
  },

  tokenTable: {
    blockTitle: t.special(t.heading),
    heading1: t.heading1,
    heading2: t.heading2,
    heading3: t.heading3,
    heading4: t.heading4,
    heading5: t.heading5,
    heading6: t.heading6,
    contentSeparator: t.contentSeparator,
    attributeName: t.attributeName,
    attributeValue: t.attributeValue,
    attributeReference: t.special(t.variableName),
    labelName: t.labelName,
    meta: t.meta,
    keyword: t.keyword,
    url: t.url,
    list: t.list,
    separator: t.separator,
    link: t.link,
    strong: t.strong,
    emphasis: t.emphasis,
    monospace: t.monospace,
    mark: t.special(t.string),
    comment: t.comment,
    processingInstruction: t.processingInstruction,
    escape: t.escape
  }
};

// Inline markup within a line. Each call consumes one token (or plain text up to the next interesting character).
function inline(stream, s) {
  // Table cells: "|" (or the table's separator), with an optional cell spec before it: 2+| a| .3+^.^|
  if (s.table) {
    const sep = s.cell === '|' ? '\\|' : s.cell === '!' ? '!' : s.cell;
    if (stream.match(new RegExp('^(?:\\d*(?:\\.\\d+)?[+*])?[<^>]?(?:\\.[<^>])?[adehlmsv]?' + sep))) {
      return 'separator';
    }
  }
  // Escaped markup \*not bold*
  if (stream.match(/^\\[*_`#{<\[]/)) {
    return 'escape';
  }
  // Attribute references {std-number}
  if (stream.match(/^\{[\w][\w-]*\}/)) {
    return 'attributeReference';
  }
  // Cross references <<id>>, <<id,text>>, xref:id[text]; inline anchors [[id]]
  if (stream.match(/^<<[^<>]+>>/) || stream.match(/^xref:[^\s\[]+\[[^\]]*\]/)) {
    return 'link';
  }
  if (stream.match(/^\[\[[^\]]+\]\]/)) {
    return 'labelName';
  }
  // URLs and link/mailto macros, with their optional text
  if (stream.match(/^(https?|ftp|mailto|link):[^\s\[]+(\[[^\]]*\])?/)) {
    return 'url';
  }
  // Inline macros: footnote:[…], kbd:[…], pass:[…], image:file[…], stem:[…]
  if (stream.match(/^(footnote|footnoteref|kbd|btn|menu|pass|stem|latexmath|asciimath|indexterm2?|image|icon):[^\s\[]*\[[^\]]*\]/)) {
    return 'keyword';
  }
  // Unconstrained (doubled) markup works anywhere, Chinese text included: **粗体** __斜体__ ``代码`` ##标记##
  if (stream.match(/^\*\*(?=\S)(.*?\S)\*\*/)) {
    return 'strong';
  }
  if (stream.match(/^__(?=\S)(.*?\S)__/)) {
    return 'emphasis';
  }
  if (stream.match(/^``(?=\S)(.*?\S)``/) || stream.match(/^\+\+\+.*?\+\+\+/) || stream.match(/^\+\+(?=\S).*?\S\+\+/)) {
    return 'monospace';
  }
  if (stream.match(/^##(?=\S)(.*?\S)##/)) {
    return 'mark';
  }
  // Constrained markup needs a boundary before it: *粗体* _斜体_ `代码` #标记# ^上标^ ~下标~ +原样+
  const prev = stream.pos === 0 ? ' ' : stream.string.charAt(stream.pos - 1);
  if (!WORD.test(prev) && !/[*_`#]/.test(prev)) {
    if (stream.match(/^\*(?=\S)([^*]*?\S)?\*(?![\w\u3400-\u9fff*])/)) {
      return 'strong';
    }
    if (stream.match(/^_(?=\S)([^_]*?\S)?_(?![\w\u3400-\u9fff_])/)) {
      return 'emphasis';
    }
    if (stream.match(/^`(?=\S)([^`]*?\S)?`(?![\w\u3400-\u9fff`])/) || stream.match(/^\+(?=\S)([^+]*?\S)?\+(?![\w\u3400-\u9fff+])/)) {
      return 'monospace';
    }
    if (stream.match(/^#(?=\S)([^#]*?\S)?#(?![\w\u3400-\u9fff#])/)) {
      return 'mark';
    }
  }
  if (stream.match(/^\^\S+?\^/) || stream.match(/^~\S+?~/)) {
    return 'mark';
  }
  // A hard line break " +" at the end of a line
  if (stream.match(/^\s\+$/)) {
    return 'contentSeparator';
  }
  // Plain text: a word, or a run of other characters up to the next one that may start markup.
  if (!stream.match(/^\w+/) && !stream.match(/^[^*_`#{<\[\\|,:!^~+\w]+/)) {
    stream.next();
  }
  return null;
}

export const asciidoc = StreamLanguage.define(asciidocParser);
