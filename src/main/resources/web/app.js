// 审查工作台：单页应用（无外部依赖）。路由：#/ 报告列表与上传，#/report/ID 一份报告，
// #/agency/KEY 一个机关的历年报告，#/season 报送情况与名单，#/rules 规则。
'use strict';

const VERDICT = { 'PASS': '通过', 'REVIEW': '需复核', 'FAIL': '不合格', 'NOT-ASSESSABLE': '无法评估' };
const SEVERITY = { ERROR: '错误', WARNING: '警告', INFO: '提示' };
const KIND = { department: '政府部门', government: '人民政府', township: '乡镇、街道', unknown: '未识别' };
const app = document.getElementById('app');
let template = null;
const listState = { text: '', verdict: '', year: '', sort: 'uploaded', desc: true };

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
function h(html) { const t = document.createElement('template'); t.innerHTML = html.trim(); return t.content.firstElementChild; }
async function api(path, options) {
  const res = await fetch(path, options);
  const type = res.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await res.json() : null;
  if (!res.ok) throw Object.assign(new Error((body && body.error) || ('请求失败：' + res.status)), { body, status: res.status });
  return body;
}
function verdictBadge(v) { return `<span class="verdict v-${esc(v)}">${esc(VERDICT[v] || v)}</span>`; }
function counts(c) {
  return `<span class="n-ERROR" title="错误">${c.ERROR}</span> / <span class="n-WARNING" title="警告">${c.WARNING}</span> / <span class="n-INFO" title="提示">${c.INFO}</span>`;
}
function when(iso) { return iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : ''; }
function short(d) { return d ? d.substring(0, 12) : ''; }
function failure(e) { app.innerHTML = `<div class="card errors">出错：${esc(e.message)}</div>`; }

async function route() {
  const hash = location.hash || '#/';
  document.querySelectorAll('header nav a').forEach(a => a.classList.toggle('active',
    (hash === '#/' && a.dataset.nav === 'batch') || (hash.startsWith('#/' + a.dataset.nav))));
  try {
    let m;
    if ((m = hash.match(/^#\/report\/(\d+)(?:\?audit=(\d+))?/))) await reportPage(m[1], m[2]);
    else if ((m = hash.match(/^#\/agency\/(.+)$/))) await agencyPage(decodeURIComponent(m[1]));
    else if (hash.startsWith('#/season')) await seasonPage();
    else if (hash.startsWith('#/rules')) await rulesPage();
    else await batchPage();
  } catch (e) { failure(e); }
}
window.addEventListener('hashchange', route);

// ---------- 报告列表与上传 ----------
async function batchPage() {
  const reports = await api('/api/reports');
  app.innerHTML = `
    <div class="card">
      <h2>上传报告</h2>
      <div class="dropzone" id="dropzone">
        将报告文件（PDF、Word、网页、文本）或 .zip 压缩包拖到这里，或
        <label class="button secondary">选择文件<input type="file" id="file-input" multiple hidden
          accept=".pdf,.doc,.docx,.wps,.html,.htm,.txt,.md,.js,.zip"></label>
        <div id="upload-status" class="muted" style="margin-top:8px"></div>
      </div>
    </div>
    <div class="card">
      <div class="toolbar">
        <h2 style="margin:0">报告（${reports.length} 份）</h2>
        <input id="filter-text" placeholder="按机关或文件名筛选" value="${esc(listState.text)}">
        <select id="filter-verdict"><option value="">全部结论</option>
          ${Object.entries(VERDICT).map(([k, v]) => `<option value="${k}" ${listState.verdict === k ? 'selected' : ''}>${v}</option>`).join('')}</select>
        <select id="filter-year"><option value="">全部年度</option>
          ${[...new Set(reports.map(r => r.year).filter(y => y))].sort().reverse().map(y => `<option ${String(y) === listState.year ? 'selected' : ''}>${y}</option>`).join('')}</select>
        <a class="button" id="export-link" href="/api/export.xlsx">导出 Excel（含审查结论）</a>
        <a class="button secondary" id="export-filtered" href="#">导出筛选结果</a>
      </div>
      <table class="list" id="report-table"><thead><tr>
        <th data-sort="agency">机关</th><th data-sort="year">年度</th><th data-sort="kind">机关类别</th><th data-sort="verdict">结论</th>
        <th data-sort="errors">错误 / 警告 / 提示</th><th data-sort="versions">版本</th><th data-sort="file">文件</th>
        <th data-sort="uploaded">上传时间</th><th>规则集</th></tr></thead><tbody></tbody></table>
    </div>`;
  setupUpload();
  const render = () => {
    const rows = filtered(reports);
    const tbody = app.querySelector('#report-table tbody');
    tbody.innerHTML = rows.map(r => `<tr class="report-row" data-id="${r.id}" data-agency="${esc(r.agency)}">
      <td><a href="#/report/${r.id}">${esc(r.agency)}</a>${r.agencyKey ? ` <a class="muted" title="历年报告" href="#/agency/${encodeURIComponent(r.agencyKey)}">历年</a>` : ''}</td>
      <td>${esc(r.year || '')}</td><td>${esc(KIND[r.latest.agencyKind] || '')}${r.latest.kindSource === 'roster' ? '（名单）' : ''}</td>
      <td>${verdictBadge(r.latest.verdict)}</td><td>${counts(r.latest.counts)}</td><td>${r.versions}</td>
      <td>${esc(r.latest.file)}</td><td>${when(r.latest.uploadedAt)}</td><td class="digest" title="${esc(r.latest.rulesDigest)}">${short(r.latest.rulesDigest)}</td></tr>`).join('')
      || '<tr><td colspan="9" class="muted">还没有报告。请先上传。</td></tr>';
    const exportLink = app.querySelector('#export-filtered');
    exportLink.href = '/api/export.xlsx?reports=' + rows.map(r => r.id).join(',');
    exportLink.hidden = rows.length === 0; // nothing to export; the server refuses an empty list too
  };
  for (const [id, key] of [['filter-text', 'text'], ['filter-verdict', 'verdict'], ['filter-year', 'year']]) {
    app.querySelector('#' + id).addEventListener('input', e => { listState[key] = e.target.value; render(); });
  }
  app.querySelectorAll('th[data-sort]').forEach(th => th.addEventListener('click', () => {
    listState.desc = listState.sort === th.dataset.sort ? !listState.desc : false;
    listState.sort = th.dataset.sort;
    render();
  }));
  render();
}

function filtered(reports) {
  const t = listState.text.trim();
  const rank = { 'FAIL': 0, 'NOT-ASSESSABLE': 1, 'REVIEW': 2, 'PASS': 3 };
  const key = {
    agency: r => r.agency || '', year: r => r.year || 0, kind: r => r.latest.agencyKind || '', verdict: r => rank[r.latest.verdict],
    errors: r => r.latest.counts.ERROR * 1e6 + r.latest.counts.WARNING * 1e3 + r.latest.counts.INFO,
    versions: r => r.versions, file: r => r.latest.file, uploaded: r => r.latest.uploadedAt
  }[listState.sort];
  return reports.filter(r => (!t || (r.agency || '').includes(t) || r.latest.file.includes(t))
      && (!listState.verdict || r.latest.verdict === listState.verdict)
      && (!listState.year || String(r.year) === listState.year))
    .sort((a, b) => { const x = key(a), y = key(b); const c = x < y ? -1 : x > y ? 1 : 0; return listState.desc ? -c : c; });
}

function setupUpload() {
  const zone = app.querySelector('#dropzone'), input = app.querySelector('#file-input');
  zone.addEventListener('dragover', e => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', e => { e.preventDefault(); zone.classList.remove('over'); upload(e.dataTransfer.files); });
  input.addEventListener('change', () => upload(input.files));
}

function upload(files) {
  if (!files || !files.length) return;
  const status = app.querySelector('#upload-status');
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  status.innerHTML = `正在上传 ${files.length} 个文件… <progress id="upload-progress" max="100" value="0"></progress> <span id="upload-phase"></span>`;
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/audits');
  xhr.upload.onprogress = e => {
    if (!e.lengthComputable) return;
    const p = Math.round(100 * e.loaded / e.total);
    status.querySelector('progress').value = p;
    status.querySelector('#upload-phase').textContent = p < 100 ? p + '%' : '已上传，正在审查…';
  };
  xhr.onload = () => {
    let body = null;
    try { body = JSON.parse(xhr.responseText); } catch (e) { /* not JSON */ }
    if (!body) { status.innerHTML = `<span class="errors">上传失败（${xhr.status}）。</span>`; return; }
    if (body.error) { status.innerHTML = `<span class="errors">${esc(body.error)}</span>`; return; }
    const done = (body.reports || []).map(r => `<li>${verdictBadge(r.verdict)} <a href="#/report/${r.workspace.reportId}">${esc(r.meta.agency || r.file)}</a>
        ${esc(r.meta.year || '')} · 第 ${r.workspace.version} 版 · ${counts(r.counts)}</li>`).join('');
    const errs = (body.errors || []).map(e => `<li class="errors">${esc(e.file)}：${esc(e.error)}</li>`).join('');
    status.innerHTML = `<div id="upload-done">已审查并保存 ${(body.reports || []).length} 份报告。</div><ul>${done}${errs}</ul>`;
    refreshList();
  };
  xhr.onerror = () => { status.innerHTML = '<span class="errors">上传失败：无法连接工作台（是否已停止？）。已保存的数据不受影响。</span>'; };
  xhr.send(form);
}

async function refreshList() {
  const status = app.querySelector('#upload-status');
  const keep = status ? status.innerHTML : '';
  await batchPage();
  const s = app.querySelector('#upload-status');
  if (s) s.innerHTML = keep;
}

// ---------- 一份报告 ----------
async function reportPage(id, auditId) {
  if (!template) template = await api('/api/template');
  const v = await api('/api/reports/' + id + (auditId ? '?audit=' + auditId : ''));
  const a = v.audit, result = v.result;
  const latest = v.history[v.history.length - 1].auditId === a.auditId;
  app.innerHTML = `
    <div class="card">
      <div class="toolbar">
        <h2 style="margin:0" id="report-title">${esc(v.agency)} ${esc(v.year || '')} 年度报告</h2> ${verdictBadge(a.verdict)}
        <span>${counts(a.counts)}</span>
        <select id="version-select">${v.history.map(x => `<option value="${x.auditId}" ${x.auditId === a.auditId ? 'selected' : ''}>第 ${x.version} 版 · ${esc(x.file)} · ${when(x.uploadedAt)}</option>`).join('')}</select>
        ${a.hasOriginal ? `<a class="button secondary" id="download-original" href="/api/audits/${a.auditId}/original">下载原件</a>` : ''}
        <a class="button secondary" href="/api/audits/${a.auditId}">JSON</a>
        <a class="button" href="/api/export.xlsx?reports=${v.id}">导出 Excel</a>
        ${v.agencyKey ? `<a href="#/agency/${encodeURIComponent(v.agencyKey)}">该机关历年报告</a>` : ''}
      </div>
      <div class="muted">机关类别：${esc(KIND[a.agencyKind] || '未识别')}${a.kindSource === 'roster' ? '（取自名单' + (v.body ? '：' + esc(v.body.name) : '') + '）' : '（由名称推断）'}
        · 落款日期：${esc(a.date || '未识别')} · 规则集 <span class="digest" title="${esc(a.rulesDigest)}">${short(a.rulesDigest)}</span>
        ${latest ? '' : ' · <b>正在查看旧版本</b>'}</div>
    </div>
    <div class="report-grid">
      <div>
        <div class="card" id="tables"><h2>统计表</h2></div>
        <div class="card"><h2>全文（标出问题所在行）</h2><div class="doc" id="doc"></div></div>
      </div>
      <div class="card findings" id="findings-panel">
        <h2>审查意见（${v.findings.length} 条）</h2>
        <div id="findings"></div>
        ${v.resolved.length ? `<h3>与上一版相比已解决（${v.resolved.length} 条）</h3><div id="resolved"></div>` : ''}
        ${result.notAssessed.length ? `<h3>未能评估的规则</h3><ul class="muted">${result.notAssessed.map(n => `<li>${esc(n.rule)}：${esc(n.reason)}</li>`).join('')}</ul>` : ''}
      </div>
    </div>`;
  app.querySelector('#version-select').addEventListener('change', e => { location.hash = '#/report/' + v.id + '?audit=' + e.target.value; });
  renderTables(app.querySelector('#tables'), result, v.findings);
  renderDoc(app.querySelector('#doc'), v.lines, v.findings);
  const list = app.querySelector('#findings');
  list.innerHTML = v.findings.map((f, i) => findingHtml(f, i, true)).join('') || '<p class="muted">没有发现问题。</p>';
  if (v.resolved.length) app.querySelector('#resolved').innerHTML = v.resolved.map((f, i) => findingHtml(f, 'r' + i, false)).join('');
  list.querySelectorAll('.finding').forEach(el => {
    const f = v.findings[+el.dataset.index];
    el.addEventListener('click', e => { if (!e.target.closest('.decide')) goTo(f, el); });
    el.querySelectorAll('button[data-decision]').forEach(b => b.addEventListener('click', () => decide(v.id, f, el, b.dataset.decision)));
    const w = el.querySelector('button.withdraw');
    if (w) w.addEventListener('click', () => withdraw(v.id, f));
  });
}

function findingHtml(f, i, decidable) {
  const where = [f.location.section ? '第' + '〇一二三四五六'[f.location.section] + '部分' : '', f.location.row ? '“' + f.location.row + '”行' : '',
    f.location.column ? '“' + f.location.column + '”列' : '', f.location.page ? '第' + f.location.page + '页' : '',
    f.location.line ? '第' + f.location.line + '行' : ''].filter(x => x).join(' ');
  const values = f.values ? ` · 左 ${f.values.left} / 右 ${f.values.right} / 差 ${f.values.difference}` : '';
  return `<div class="finding sev-border-${f.severity} ${f.decision ? 'is-' + f.decision : ''}" data-index="${i}" data-rule="${esc(f.rule)}" data-fingerprint="${esc(f.fingerprint)}">
    <div><span class="sev sev-${f.severity}">${SEVERITY[f.severity]}</span> <b>${esc(f.rule)}</b>
      ${f.changeText && f.change !== 'FIRST' ? `<span class="change change-${f.change}">${esc(f.changeText)}</span>` : ''}</div>
    <div class="msg">${esc(f.message)}</div>
    <div class="where">${esc(where)}${esc(values)}${f.source ? ' · 依据：' + esc(f.source) : ''}</div>
    ${f.decision ? `<div class="decided ${f.decision}">审查结论：<b>${esc(f.decisionText)}</b>${f.comment ? '，' + esc(f.comment) : ''} <span class="muted">${when(f.decidedAt)}</span></div>` : ''}
    ${decidable ? `<div class="decide">
      <textarea class="comment" maxlength="5000" placeholder="审查说明（可选）">${esc(f.comment || '')}</textarea>
      <button data-decision="CONFIRMED" class="decide-confirm">确认</button>
      <button data-decision="DISMISSED" class="secondary decide-dismiss">驳回</button>
      ${f.decision ? '<button class="secondary withdraw">撤销结论</button>' : ''}</div>` : ''}
  </div>`;
}

async function decide(reportId, f, el, decision) {
  const comment = el.querySelector('.comment').value;
  try {
    await api(`/api/reports/${reportId}/decisions/${f.fingerprint}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ decision, comment })
    });
    await route();
  } catch (e) { alert(e.message); }
}

async function withdraw(reportId, f) {
  await fetch(`/api/reports/${reportId}/decisions/${f.fingerprint}`, { method: 'DELETE' });
  await route();
}

function goTo(f, el) {
  app.querySelectorAll('.finding.selected').forEach(x => x.classList.remove('selected'));
  el.classList.add('selected');
  let target = null;
  for (const key of f.location.cells || []) { target = app.querySelector(`td[data-key="${CSS.escape(key)}"]`); if (target) break; }
  if (!target && f.location.line) target = app.querySelector(lineSelector(f.location.page, f.location.line));
  if (!target && f.location.section) target = app.querySelector(`.ln[data-section-head="${f.location.section}"]`);
  if (!target && f.location.table) target = app.querySelector(`table[data-table="${CSS.escape(f.location.table)}"]`);
  if (target) {
    target.scrollIntoView({ behavior: 'smooth', block: 'center' });
    target.classList.remove('flash'); void target.offsetWidth; target.classList.add('flash');
  }
}

function lineSelector(page, line) { return page ? `.ln[data-page="${page}"][data-line="${line}"]` : `.ln[data-line="${line}"]:not([data-page])`; }

function renderTables(box, result, findings) {
  const flags = {};
  const rank = { ERROR: 0, WARNING: 1, INFO: 2 };
  for (const f of findings) for (const k of f.location.cells || []) {
    if (!flags[k] || rank[f.severity] < rank[flags[k]]) flags[k] = f.severity;
  }
  const cell = key => {
    const has = Object.prototype.hasOwnProperty.call(result.cells, key);
    const val = has ? result.cells[key] : undefined;
    const text = !has ? '?' : val === null ? '—' : val;
    const title = !has ? '未读出' : val === null ? '空白' : '';
    return `<td class="num ${has ? '' : 'unread'} ${flags[key] ? 'flag-' + flags[key] : ''}" data-key="${esc(key)}" title="${esc(key)} ${title}">${esc(text)}</td>`;
  };
  for (const t of template) {
    let html = `<h3>${'〇一二三四五六'[t.section]}、${esc(t.title)}</h3>`;
    if (t.name === 'appeals') {
      const groups = t.rows;
      html += `<table class="tpl" data-table="appeals"><tr>${groups.map(g => `<th colspan="${g.cells.length}">${esc(g.label)}</th>`).join('')}</tr>
        <tr>${groups.map(g => g.cells.map(c => `<th>${esc(t.columns.find(x => x.key === c.column).label)}</th>`).join('')).join('')}</tr>
        <tr>${groups.map(g => g.cells.map(c => cell(c.key)).join('')).join('')}</tr></table>`;
    } else {
      const cols = t.columns;
      html += `<table class="tpl" data-table="${esc(t.name)}"><tr><th></th>${cols.map(c => `<th>${esc(c.label)}</th>`).join('')}</tr>`;
      for (const r of t.rows) {
        html += `<tr><th style="text-align:left">${esc(r.label)}</th>${cols.map(c => {
          const x = r.cells.find(y => y.column === c.key);
          return x ? cell(x.key) : '<td></td>';
        }).join('')}</tr>`;
      }
      html += '</table>';
    }
    box.insertAdjacentHTML('beforeend', html);
  }
}

function renderDoc(box, lines, findings) {
  const marks = {};
  const rank = { ERROR: 0, WARNING: 1, INFO: 2 };
  for (const f of findings) {
    if (!f.location.line) continue;
    const k = (f.location.page || '') + ':' + f.location.line;
    if (!marks[k] || rank[f.severity] < rank[marks[k]]) marks[k] = f.severity;
  }
  if (!lines.length) { box.innerHTML = '<span class="muted">（无法显示该文件的文字）</span>'; return; }
  const heads = {};
  box.innerHTML = lines.map(l => {
    const k = (l.page || '') + ':' + l.line;
    const m = /^\s*([一二三四五六])、/.exec(l.text);
    let head = '';
    if (m) { const s = '〇一二三四五六'.indexOf(m[1]); if (!heads[s]) { heads[s] = true; head = ` data-section-head="${s}"`; } }
    return `<span class="ln ${marks[k] ? 'mark-' + marks[k] : ''}" ${l.page ? `data-page="${l.page}"` : ''} data-line="${l.line}"${head}><span class="no">${l.page ? 'p' + l.page + ' ' : ''}${l.line}</span>${esc(l.text)}</span>`;
  }).join('');
}

// ---------- 一个机关的历年报告 ----------
async function agencyPage(key) {
  if (!template) template = await api('/api/template');
  const years = await api('/api/agencies/' + encodeURIComponent(key));
  if (!years.length) { app.innerHTML = '<div class="card">没有该机关的报告。</div>'; return; }
  const byYear = {};
  for (const y of years) if (y.year) byYear[y.year] = y;
  const carry = [];
  for (const y of years) {
    const prior = y.year && byYear[y.year - 1];
    if (!prior) continue;
    const cols = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other', 'total'];
    const bad = cols.filter(c => {
      const a = y.cells['requests.carried_over.' + c], b = prior.cells['requests.carried_forward.' + c];
      return a !== undefined && b !== undefined && (a || 0) !== (b || 0);
    });
    const requests = template.find(t => t.name === 'requests');
    const label = c => ((requests && requests.columns.find(x => x.key === c)) || { label: c }).label;
    carry.push(`<li class="${bad.length ? 'bad' : 'ok'}">${y.year} 年“上年结转”与 ${y.year - 1} 年“结转下年度”${bad.length ? '不一致：' + bad.map(c => `${esc(label(c))}列（${y.cells['requests.carried_over.' + c]} ≠ ${prior.cells['requests.carried_forward.' + c]}）`).join('、') : '一致'}</li>`);
  }
  let rows = '';
  for (const t of template) for (const r of t.rows) for (const c of r.cells) {
    const vals = years.map(y => Object.prototype.hasOwnProperty.call(y.cells, c.key) ? (y.cells[c.key] === null ? '—' : y.cells[c.key]) : '?');
    const differs = new Set(vals).size > 1;
    rows += `<tr><td title="${esc(c.key)}">${esc(r.label)} · ${esc((t.columns.find(x => x.key === c.column) || {}).label || c.column)}</td>${vals.map(v => `<td${differs ? ' style="font-weight:600"' : ''}>${esc(v)}</td>`).join('')}</tr>`;
  }
  app.innerHTML = `
    <div class="card"><h2 id="agency-title">${esc(years[years.length - 1].agency)} · 历年报告</h2>
      <ul>${years.map(y => `<li>${esc(y.year || '年度未识别')} 年：${verdictBadge(y.latest.verdict)} <a href="#/report/${y.id}">第 ${y.latest.version} 版 · ${esc(y.latest.file)}</a>
        ${y.crossYear.map(f => `<div class="n-${f.severity}">${esc(f.rule)}：${esc(f.message)}</div>`).join('')}
        ${y.notAssessed.length ? `<div class="muted">${esc(y.notAssessed[0].reason)}</div>` : ''}</li>`).join('')}</ul>
      <h3>结转核对</h3><ul id="carry">${carry.join('') || '<li class="muted">没有相邻年度的报告可比对。</li>'}</ul></div>
    <div class="card"><h2>各年数据对照</h2>
      <table class="years"><tr><th>项目</th>${years.map(y => `<th>${esc(y.year || '?')}</th>`).join('')}</tr>${rows}</table></div>`;
}

// ---------- 报送情况与名单 ----------
async function seasonPage() {
  const year = new URLSearchParams(location.hash.split('?')[1] || '').get('year');
  const s = await api('/api/season' + (year ? '?year=' + year : ''));
  const roster = await api('/api/roster');
  app.innerHTML = `
    <div class="card"><h2>名单</h2>
      <p class="muted">导入应报送年度报告的机关名单（.xlsx 或 .csv，UTF-8 或 GBK）：第一行为列名 <b>名称、机关类别、地区、上级</b>；机关类别填 部门、政府 或 乡镇街道。
      导入后，报告按名称自动对应到名单中的机关（容许空格、全半角括号、“人民政府/政府”、省略地区前缀等差异），机关类别以名单为准。</p>
      <label class="button secondary">选择名单文件<input type="file" id="roster-input" accept=".xlsx,.csv" hidden></label>
      <span id="roster-file" class="muted"></span> <button id="roster-import">导入名单</button>
      <span class="muted">当前名单：${roster.length} 个机关</span>
      <div id="roster-status"></div></div>
    <div class="card"><div class="toolbar"><h2 style="margin:0">${s.year} 年度报告报送情况</h2>
      <label>年度 <input id="season-year" type="number" value="${s.year}" style="width:6em"></label>
      <span>应报送 ${s.totals.bodies}，已报送 <b class="ok">${s.totals.submitted}</b>，逾期未报送 <b class="bad">${s.totals.late}</b>，尚未到期 ${s.totals.waiting}</span></div>
      <table class="list" id="season-table"><tr><th>机关</th><th>类别</th><th>地区</th><th>上级</th><th>截止日期</th><th>情况</th></tr>
      ${s.bodies.map(b => `<tr class="status-${b.status}"><td>${b.reportId ? `<a href="#/report/${b.reportId}">${esc(b.body.name)}</a>` : esc(b.body.name)}</td>
        <td>${esc(KIND[b.body.kind])}</td><td>${esc(b.body.region || '')}</td><td>${esc(b.body.parent || '')}</td><td>${esc(b.deadline || '')}</td>
        <td class="${b.status === 'LATE' ? 'bad' : b.status === 'SUBMITTED' ? 'ok' : ''}">${esc(b.statusText)} ${b.latest ? verdictBadge(b.latest.verdict) : ''}</td></tr>`).join('')
        || '<tr><td colspan="6" class="muted">尚未导入名单。</td></tr>'}</table>
      ${s.unmatched.length ? `<h3>名单外的报告（${s.unmatched.length}）</h3><ul>${s.unmatched.map(u => `<li><a href="#/report/${u.reportId}">${esc(u.agency)}</a></li>`).join('')}</ul>` : ''}</div>`;
  app.querySelector('#season-year').addEventListener('change', e => { location.hash = '#/season?year=' + e.target.value; });
  app.querySelector('#roster-input').addEventListener('change', e => {
    app.querySelector('#roster-file').textContent = e.target.files[0] ? e.target.files[0].name : '';
  });
  app.querySelector('#roster-import').addEventListener('click', async () => {
    const f = app.querySelector('#roster-input').files[0];
    const st = app.querySelector('#roster-status');
    if (!f) { st.innerHTML = '<span class="errors">请先选择名单文件。</span>'; return; }
    const form = new FormData(); form.append('file', f, f.name);
    try {
      const r = await api('/api/roster', { method: 'POST', body: form });
      await seasonPage();
      app.querySelector('#roster-status').innerHTML = `<span class="ok">已导入 ${r.imported} 个机关。</span>`;
    } catch (e) {
      st.innerHTML = `<div class="errors">${esc(e.message)}\n${esc(((e.body && e.body.problems) || []).join('\n'))}</div>`;
    }
  });
}

// ---------- 规则 ----------
async function rulesPage() {
  const r = await api('/api/rules');
  app.innerHTML = `
    <div class="card"><h2>规则集</h2>
      <p>当前规则集：<span class="digest" id="rules-digest">${esc(r.digest)}</span>（加载于 ${when(r.loadedAt)}），目录 ${esc(r.directory)}。
      每份报告的审查都记录了所用规则集，显示在报告列表和报告页中。</p>
      <p>修改规则文件后，点击“重新加载规则”：先编译，编译通过才替换；有错误时继续使用原来的规则并列出错误。</p>
      <button id="rules-reload">重新加载规则</button>
      <div id="reload-status">${r.lastReload ? reloadHtml(r.lastReload) : ''}</div></div>
    <div class="card"><h2>规则（${r.rules.length} 条）</h2><table class="list"><tr><th>编号</th><th>严重程度</th><th>文件</th><th>检查内容</th></tr>
      ${r.rules.map(x => `<tr><td>${esc(x.id)}</td><td>${esc(SEVERITY[x.severity] || x.severity || '')}</td><td>${esc(x.file)}</td><td>${esc(x.check)}</td></tr>`).join('')}</table></div>`;
  app.querySelector('#rules-reload').addEventListener('click', async e => {
    e.target.disabled = true;
    app.querySelector('#reload-status').textContent = '正在编译规则…';
    const res = await fetch('/api/rules/reload', { method: 'POST' });
    const body = await res.json();
    if (body.ok) { await rulesPage(); } else { app.querySelector('#reload-status').innerHTML = reloadHtml(body); e.target.disabled = false; }
  });
}

function reloadHtml(x) {
  return x.ok ? `<p class="ok">${esc(x.message)} 规则集 ${short(x.digest)}（${when(x.at)}）</p>`
    : `<div class="errors">${esc(x.message || x.error || '规则未能重新加载。')}\n${(x.errors || []).map(esc).join('\n')}</div>`;
}

fetch('/api/rules').then(r => r.json()).then(r => {
  document.getElementById('foot').textContent = '规则集 ' + short(r.digest) + ' · 数据保存在本机工作台的数据目录中';
}).catch(() => {});
route();
