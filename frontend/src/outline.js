// The outline of the draft's clauses, numbered as GB/T 1.1 numbers them (1, 1.1, 附录 A, A.1; 前言 and 引言
// unnumbered), beside the editor: a click puts the cursor on the clause's title. It follows the text as it is
// typed and marks the clause the cursor is in.

const UNNUMBERED = new Set(['preface', 'abstract', 'bibliography', 'glossary', 'index', 'colophon', 'dedication',
  'acknowledgments']);
const VERBATIM = /^(-{4,}|\.{4,}|\+{4,}|\/{4,})\s*$/;

/** The section titles of an AsciiDoc text: [{line, level, number, title}], level 1 for "==". */
export function sections(doc) {
  const found = [];
  let style = null;
  let verbatim = null;
  let clause = 0;
  let annex = 0;
  let counters = [];
  let numbered = true;
  let unknown = false;
  for (let i = 1; i <= doc.lines; i++) {
    const text = doc.line(i).text;
    if (verbatim) {
      if (text.trimEnd() === verbatim) {
        verbatim = null;
      }
      continue;
    }
    const delimiter = text.match(VERBATIM);
    if (delimiter) {
      verbatim = delimiter[1];
      style = null;
      continue;
    }
    if (/^\[\[[^\]]*\]\]\s*$/.test(text) || /^\/\//.test(text)) {
      continue; // an anchor or a comment keeps the block attributes above it
    }
    const attributes = text.match(/^\[([^\]]*)\]\s*$/);
    if (attributes) {
      style = attributes[1].split(',')[0].trim().replace(/^[#.%].*$/, '');
      continue;
    }
    const include = text.match(/^include::([^\[]+)\[/);
    if (include) {
      // What the included file holds is not known here: the numbers after it would be guesses, so they are left out.
      found.push({ line: i, level: 1, number: '', title: include[1], include: true });
      style = null;
      unknown = true;
      continue;
    }
    const heading = text.match(/^(={1,6})\s+(\S.*?)\s*$/);
    if (heading) {
      const level = heading[1].length - 1;
      let number = '';
      if (level === 0) {
        number = '';
      } else if (level === 1) {
        if (style === 'appendix') {
          annex++;
          counters = [String.fromCharCode(64 + annex)];
          number = '附录 ' + counters[0];
          numbered = true;
        } else if (UNNUMBERED.has(style)) {
          numbered = false;
        } else {
          clause++;
          counters = [String(clause)];
          number = counters[0];
          numbered = true;
        }
      } else if (numbered && counters.length >= 1) {
        counters = counters.slice(0, level);
        while (counters.length < level) {
          counters.push('0');
        }
        counters[level - 1] = String(parseInt(counters[level - 1], 10) + 1);
        number = counters.join('.');
      }
      if (unknown && number) {
        number = level === 1 && style === 'appendix' ? '附录' : '';
      }
      found.push({ line: i, level, number, title: heading[2] });
    }
    if (text.trim() !== '') {
      style = null;
    }
  }
  return found;
}

/** Fills the outline element (a <nav> with a list inside) and keeps it current; returns {update(viewUpdate)}. */
export function outline(nav, view, goToLine) {
  const list = nav.querySelector('ol') || nav.appendChild(document.createElement('ol'));
  const count = (nav.closest('details') || nav).querySelector('.outline-count');
  let items = [];
  let timer = null;

  function render() {
    items = sections(view.state.doc);
    const fragment = document.createDocumentFragment();
    items.forEach((s) => {
      const li = document.createElement('li');
      li.className = 'level-' + s.level + (s.include ? ' include' : '');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.setAttribute('data-line', String(s.line));
      if (s.number) {
        const n = document.createElement('span');
        n.className = 'clause-number';
        n.textContent = s.number;
        button.appendChild(n);
        button.appendChild(document.createTextNode(' '));
      }
      button.appendChild(document.createTextNode(s.include ? '⤷ ' + s.title : s.title));
      button.addEventListener('click', () => goToLine(view, s.line, false));
      li.appendChild(button);
      fragment.appendChild(li);
    });
    list.replaceChildren(fragment);
    if (count) {
      count.textContent = String(items.filter((s) => s.level > 0).length);
    }
    mark();
  }

  function mark() {
    const line = view.state.doc.lineAt(view.state.selection.main.head).number;
    let current = -1;
    items.forEach((s, i) => {
      if (s.line <= line) {
        current = i;
      }
    });
    [...list.children].forEach((li, i) => {
      const button = li.firstChild;
      if (i === current) {
        button.setAttribute('aria-current', 'location');
      } else {
        button.removeAttribute('aria-current');
      }
    });
  }

  render();
  // The outline stands open beside the editor on a wide screen, and is folded above it on a narrower one.
  const wide = window.matchMedia('(min-width: 100rem)');
  const details = nav.closest('details');
  (details || nav).hidden = false;
  if (details) {
    const layout = () => { details.open = wide.matches; };
    wide.addEventListener('change', layout);
    layout();
  }
  return {
    update(update) {
      if (update.docChanged) {
        clearTimeout(timer);
        timer = setTimeout(render, 400);
      } else {
        mark();
      }
    }
  };
}
