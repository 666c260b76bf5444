// 标准体系表 editor: when a save was refused, select the line the reason names.
(function () {
  var problem = document.getElementById('system-problem');
  var text = document.getElementById('system-text');
  if (!problem || !text) {
    return;
  }
  var line = parseInt(problem.getAttribute('data-line'), 10);
  if (!(line > 0)) {
    return;
  }
  var lines = text.value.split('\n');
  var start = 0;
  for (var i = 0; i < line - 1 && i < lines.length; i++) {
    start += lines[i].length + 1;
  }
  var end = start + (lines[line - 1] || '').length;
  text.focus();
  text.setSelectionRange(start, end);
  var lineHeight = text.scrollHeight / Math.max(lines.length, 1);
  text.scrollTop = Math.max(0, (line - 5) * lineHeight);
})();
