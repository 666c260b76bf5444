// The draft page's editor: CodeMirror 6 in place of the plain textarea, which stays in the form (hidden) and is
// kept up to date on every change, so the form posts it as before and the page works without this script.
// What it adds: AsciiDoc highlighting, line numbers, the check's problems at their lines (gutter markers and
// underlines), an outline of the clauses to jump to, and on a narrow screen tabs between the source and the preview.
// Everything here follows the site's Content-Security-Policy: no inline script, no style attributes in markup.
import { EditorState } from '@codemirror/state';
import {
  EditorView, keymap, lineNumbers, highlightActiveLine, highlightActiveLineGutter, drawSelection,
  highlightSpecialChars, rectangularSelection, crosshairCursor
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { searchKeymap, highlightSelectionMatches } from '@codemirror/search';
import { syntaxHighlighting, HighlightStyle, bracketMatching } from '@codemirror/language';
import { lintGutter, setDiagnostics, lintKeymap } from '@codemirror/lint';
import { tags as t } from '@lezer/highlight';
import { StyleModule } from 'style-mod';
import { asciidoc } from './asciidoc.js';
import { outline } from './outline.js';

// Colours that keep at least 4.5:1 against the white page and the pale active line (WCAG 2.1 AA, checked by axe).
const highlight = HighlightStyle.define([
  { tag: [t.heading1, t.heading2], color: '#8c1c13', fontWeight: 'bold' },
  { tag: [t.heading3, t.heading4, t.heading5, t.heading6], color: '#8c1c13', fontWeight: 'bold' },
  { tag: t.special(t.heading), color: '#6a3d00', fontWeight: 'bold' },
  { tag: t.attributeName, color: '#1f5aa6' },
  { tag: t.attributeValue, color: '#1e6b34' },
  { tag: t.special(t.variableName), color: '#1f5aa6', fontWeight: 'bold' },
  { tag: [t.meta, t.labelName], color: '#6b3fa0' },
  { tag: t.contentSeparator, color: '#4d5660', fontWeight: 'bold' },
  { tag: t.keyword, color: '#8a3b00', fontWeight: 'bold' },
  { tag: t.url, color: '#1f5aa6', textDecoration: 'underline' },
  { tag: t.link, color: '#1f5aa6', textDecoration: 'underline' },
  { tag: t.list, color: '#8a3b00', fontWeight: 'bold' },
  { tag: t.separator, color: '#6b3fa0', fontWeight: 'bold' },
  { tag: t.strong, fontWeight: 'bold' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.monospace, color: '#3d4650', backgroundColor: '#eef1f4' },
  { tag: t.special(t.string), backgroundColor: '#fff1a8' },
  { tag: t.comment, color: '#5c6670', fontStyle: 'italic' },
  { tag: t.processingInstruction, color: '#5c6670' },
  { tag: t.escape, color: '#5c6670' }
]);

const theme = EditorView.theme({
  '&': { border: '1px solid #8a939c', backgroundColor: '#fff', fontSize: '.9rem' },
  '&.cm-focused': { outline: '2px solid #1f5aa6', outlineOffset: '1px' },
  '.cm-scroller': {
    fontFamily: '"Noto Sans Mono CJK SC", "Sarasa Mono SC", "Noto Sans CJK SC", monospace',
    lineHeight: '1.55'
  },
  '.cm-gutters': { backgroundColor: '#f4f6f8', color: '#4d5660', borderRight: '1px solid #d8dde2' },
  '.cm-activeLine': { backgroundColor: '#f3f7fc' },
  '.cm-activeLineGutter': { backgroundColor: '#e3ebf5', color: '#1d2329' },
  '.cm-lineNumbers .cm-gutterElement': { minWidth: '3ch' },
  '.cm-diagnostic-error': { borderLeftColor: '#b3261e' },
  '.cm-diagnostic-warning': { borderLeftColor: '#8a6100' },
  '.cm-tooltip': { fontSize: '.9rem', maxWidth: '32rem' }
});

/**
 * CodeMirror's styles come from JavaScript (style-mod). In a document it would put them in a <style> element, which
 * our Content-Security-Policy (style-src 'self') blocks; in a shadow root it uses a constructed style sheet
 * (document.adoptedStyleSheets), which the policy allows as it is no inline markup. So the document gets the style set
 * style-mod makes for a root without a <head>: mounted once on such a stand-in, then handed to the document. The
 * browser test fails on any CSP violation, so a style-mod that changes this is caught.
 */
function constructedStyles() {
  if (!document.adoptedStyleSheets || typeof CSSStyleSheet === 'undefined') {
    return;
  }
  const standIn = { ownerDocument: document, adoptedStyleSheets: [] };
  StyleModule.mount(standIn, []);
  Object.getOwnPropertySymbols(standIn).concat(Object.keys(standIn).filter((k) => k.startsWith('__styleSet')))
    .forEach((key) => {
      if (!(key in document)) {
        document[key] = standIn[key];
      }
    });
}

/** The problems the page lists (the check's findings, a refused save's list), for this file, by line. */
function problemsOnPage(file) {
  const found = [];
  document.querySelectorAll('.goto-line[data-line]').forEach((link) => {
    const of = link.getAttribute('data-file');
    if (of && of !== file) {
      return;
    }
    const item = link.closest('li');
    const text = item && item.querySelector('.problem-message');
    const severity = item && (item.classList.contains('warning') || item.getAttribute('data-severity') === 'WARNING')
      ? 'warning' : 'error';
    found.push({
      line: parseInt(link.getAttribute('data-line'), 10),
      severity,
      message: (text ? text.textContent : item ? item.textContent : link.textContent).trim()
    });
  });
  return found;
}

function diagnostics(state, problems) {
  return problems.filter((p) => p.line > 0).map((p) => {
    const line = state.doc.line(Math.min(p.line, state.doc.lines));
    return { from: line.from, to: line.to, severity: p.severity, message: p.message, source: '检查' };
  });
}

/** Moves the cursor to a line (1-based), shows it near the top, and gives the editor the focus. */
function goToLine(view, number, select) {
  const line = view.state.doc.line(Math.max(1, Math.min(number, view.state.doc.lines)));
  view.dispatch({
    selection: select ? { anchor: line.from, head: line.to } : { anchor: line.from },
    effects: EditorView.scrollIntoView(line.from, { y: 'start', yMargin: 48 })
  });
  view.focus();
}

function start(textarea) {
  constructedStyles();
  const form = textarea.form;
  const file = textarea.getAttribute('data-file') || 'standard.adoc';
  const label = document.querySelector('label[for="' + textarea.id + '"]');
  const host = document.createElement('div');
  host.className = 'code-editor';
  textarea.insertAdjacentElement('afterend', host);

  let outlineView = null;
  const view = new EditorView({
    parent: host,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        rectangularSelection(),
        crosshairCursor(),
        bracketMatching(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        lintGutter(),
        asciidoc,
        syntaxHighlighting(highlight),
        theme,
        EditorView.lineWrapping,
        EditorState.readOnly.of(textarea.readOnly),
        EditorView.contentAttributes.of({
          'aria-labelledby': label ? label.id : '',
          'aria-describedby': 'editor-help',
          spellcheck: 'false',
          // In the tab order by itself (axe: a scrollable region needs something focusable that it knows as such).
          tabindex: '0',
          lang: document.documentElement.lang || 'zh-CN'
        }),
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap, ...lintKeymap, indentWithTab]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) {
            // The form posts the textarea; the preview (editor.js) follows its input events.
            textarea.value = update.state.doc.toString();
            textarea.dispatchEvent(new Event('input', { bubbles: true }));
          }
          if (outlineView && (update.docChanged || update.selectionSet)) {
            outlineView.update(update);
          }
        })
      ]
    })
  });
  textarea.hidden = true;
  const help = document.getElementById('editor-help');
  if (help) {
    help.hidden = false;
  }
  host.querySelector('.cm-content').id = 'source-editor';
  if (label) {
    // The label now names the editor (a click on it puts the cursor there).
    label.addEventListener('click', (event) => {
      event.preventDefault();
      view.focus();
    });
  }

  view.dispatch(setDiagnostics(view.state, diagnostics(view.state, problemsOnPage(file))));

  // "standard.adoc:12" in a problem list (editor.js asks first) selects line 12 here.
  textarea.addEventListener('goto-line', (event) => {
    event.preventDefault();
    goToLine(view, event.detail.line, true);
  });

  // A save conflict's "show the latest text" and others may read the editor's text before posting.
  if (form) {
    form.addEventListener('submit', () => {
      textarea.value = view.state.doc.toString();
    }, true);
  }

  const nav = document.getElementById('outline');
  if (nav) {
    outlineView = outline(nav, view, goToLine);
  }
  return view;
}

/** On a narrow screen the source and the preview are two tabs; on a wide one they stand side by side. */
function tabs(editor) {
  const source = editor.querySelector('.source');
  const preview = editor.querySelector('.preview');
  const bar = document.getElementById('editor-tabs');
  if (!source || !preview || !bar) {
    return;
  }
  const buttons = [...bar.querySelectorAll('[data-pane]')];
  const panes = { source, preview };
  bar.setAttribute('role', 'tablist');
  bar.setAttribute('aria-label', bar.getAttribute('data-label') || '');
  buttons.forEach((b) => {
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-controls', panes[b.getAttribute('data-pane')].id);
    b.setAttribute('aria-selected', String(b.getAttribute('data-pane') === 'source'));
  });
  function select(name, focus) {
    buttons.forEach((b) => {
      const on = b.getAttribute('data-pane') === name;
      b.setAttribute('aria-selected', String(on));
      b.tabIndex = on ? 0 : -1;
      panes[b.getAttribute('data-pane')].classList.toggle('inactive', !on);
      if (on && focus) {
        b.focus();
      }
    });
  }
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(b.getAttribute('data-pane'), false));
    b.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const next = buttons[(i + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
        select(next.getAttribute('data-pane'), true);
      }
    });
  });
  const narrow = window.matchMedia('(max-width: 60rem)');
  function layout() {
    // Tab roles only while they are tabs: on a wide screen both panes are plain regions side by side.
    bar.hidden = !narrow.matches;
    editor.classList.toggle('tabbed', narrow.matches);
    Object.entries(panes).forEach(([name, pane]) => {
      if (narrow.matches) {
        pane.setAttribute('role', 'tabpanel');
        pane.setAttribute('aria-labelledby', 'tab-' + name);
      } else {
        pane.removeAttribute('role');
        pane.removeAttribute('aria-labelledby');
        pane.classList.remove('inactive');
      }
    });
    if (narrow.matches) {
      select(buttons.find((b) => b.getAttribute('aria-selected') === 'true') ? bar.querySelector('[aria-selected="true"]')
        .getAttribute('data-pane') : 'source', false);
    }
  }
  narrow.addEventListener('change', layout);
  layout();
}

const textarea = document.getElementById('source');
if (textarea && textarea.tagName === 'TEXTAREA') {
  start(textarea);
}
const editor = document.querySelector('.editor');
if (editor) {
  tabs(editor);
}
