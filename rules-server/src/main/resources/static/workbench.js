// The workbench: plain JavaScript against the /v1 API of the same server (docs/server.md).
'use strict';

const WORDS = {
  NATIONAL_INNOVATIVE_COUNTY: '国家创新型县(市)', NINGXIA_INNOVATIVE_COUNTY: '自治区创新型县(区)',
  NINGXIA_INNOVATIVE_CITY: '自治区创新发展市', GANSU_INNOVATIVE_COUNTY: '甘肃省创新型县(市)',
  GANSU_INNOVATIVE_TOWN: '甘肃省创新型乡镇', GANSU_TECH_PARK: '甘肃省科技园区',
  ELIGIBILITY: '申报资格', STATUS: '建设状态', QUOTA: '名额', FUNDING: '资金支持', TARGET: '目标', ALERT: '提醒',
  ELIGIBLE: '符合条件', INELIGIBLE: '不符合条件', NOT_APPLICABLE: '不适用', UNDETERMINED: '无法确定',
  PASSED: '通过验收', RECTIFICATION: '责令整改', CANCELLED: '取消建设资格', IN_PROGRESS: '验收进行中',
  UNDER_CONSTRUCTION: '建设中', APPROVED: '通过评估验收', NOT_APPROVED: '未通过评估验收',
  DISQUALIFIED: '取消建设资格', TITLE_REVOKED: '取消称号', AWARDED: '授予称号', AWAITING_CONSENT: '待省政府同意',
  SELECTED: '入选', WAITLISTED: '候补', TIE_AT_QUOTA: '名额线上同分并列', SUBSIDY_ELIGIBLE: '可获后补助',
  BELOW_TARGET: '低于目标', ON_TARGET: '达到目标', ABOVE_TARGET: '高于目标', TARGET_NOT_MET: '目标未完成',
  REPORT_OVERDUE: '年度进展报告逾期', NOTICE_TOO_SHORT: '公示期不足', ACCEPTANCE_DUE: '应开展验收',
  WORK_PLAN_MISSING: '缺少三年工作方案', EVALUATION_DUE: '应开展评估', COVERAGE_GAP: '未实现一县一团',
  OBLIGATION_OUTSTANDING: '任务尚未完成', QUOTA_EXCEEDED: '超出推荐名额', QUOTA_TOLERANCE_USED: '使用了名额浮动',
  MET: '满足', NOT_MET: '不满足', UNKNOWN: '缺少数据'
};
const GOOD = new Set(['ELIGIBLE', 'PASSED', 'APPROVED', 'AWARDED', 'SELECTED', 'SUBSIDY_ELIGIBLE', 'ON_TARGET', 'ABOVE_TARGET', 'UNDER_CONSTRUCTION']);
const BAD = new Set(['INELIGIBLE', 'CANCELLED', 'NOT_APPROVED', 'DISQUALIFIED', 'TITLE_REVOKED', 'BELOW_TARGET',
  'TARGET_NOT_MET', 'REPORT_OVERDUE', 'NOTICE_TOO_SHORT', 'WORK_PLAN_MISSING', 'COVERAGE_GAP', 'QUOTA_EXCEEDED', 'RECTIFICATION']);

const state = { lang: 'zh', report: null, rules: {}, params: {}, modules: [] };
const $ = (id) => document.getElementById(id);
const t = (zh, en) => state.lang === 'zh' ? zh : en;
const word = (w) => w == null ? t('(不属于具体项目)', '(no programme)')
  : state.lang === 'zh' ? (WORDS[w] || w) : w.toLowerCase().replace(/_/g, ' ');
const esc = (s) => String(s == null ? '' : s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
const outcomeClass = (o) => GOOD.has(o) ? 'o-good' : BAD.has(o) ? 'o-bad' : o === 'UNDETERMINED' ? 'o-unknown' : 'o-other';

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!r.ok) throw await problem(r);
  return r.json();
}

async function problem(r) {
  let p = null;
  try { p = await r.json(); } catch (e) { /* not JSON */ }
  return { status: r.status, problem: p };
}

function setStatus(zh, en) { $('status').textContent = t(zh, en); }

function applyLang() {
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.querySelectorAll('[data-zh]').forEach((el) => { el.textContent = el.dataset[state.lang]; });
  $('lang').textContent = state.lang === 'zh' ? 'English' : '中文';
  renderModules();
  renderParamOptions();
  if (state.report) renderReport(state.report);
  if (state.lastError) renderProblem(state.lastError);
  if (state.flips) renderFlips(state.flips);
}

function renderModules() {
  const fs = $('modules');
  const checked = new Set([...fs.querySelectorAll('input:checked')].map((i) => i.value));
  const first = fs.querySelectorAll('input').length === 0;
  fs.querySelectorAll('label').forEach((l) => l.remove());
  for (const m of state.modules) {
    const l = document.createElement('label');
    const on = first || checked.has(m.name);
    l.innerHTML = `<input type="checkbox" value="${esc(m.name)}" ${on ? 'checked' : ''}> ${esc(state.lang === 'zh' ? m.titleZh : m.titleEn)}`;
    l.querySelector('input').addEventListener('change', () => state.report && renderReport(state.report));
    fs.appendChild(l);
  }
}

function chosenModules() {
  return new Set([...$('modules').querySelectorAll('input:checked')].map((i) => i.value));
}

function renderParamOptions() {
  const sel = $('param');
  const cur = sel.value;
  sel.innerHTML = Object.values(state.params).map((p) =>
    `<option value="${esc(p.name)}">${esc(p.name)} = ${esc(p.value)}</option>`).join('');
  if (cur) sel.value = cur;
  showParamInfo();
}

function showParamInfo() {
  const p = state.params[$('param').value];
  $('param-info').textContent = p ? `${t('现行取值', 'in force')}: ${p.value} · ${t('条款', 'clause')} ${p.clause || '—'} · ${state.lang === 'zh' ? p.zh : p.en}` : '';
}

async function loadCatalogue() {
  const [modules, rules, params, examples] = await Promise.all([
    getJson('v1/modules'), getJson('v1/rules'), getJson('v1/parameters'), getJson('v1/examples')]);
  state.modules = modules;
  rules.forEach((r) => { state.rules[r.id] = r; });
  params.parameters.forEach((p) => { state.params[p.name] = p; });
  const ex = $('example');
  examples.forEach((n) => { const o = document.createElement('option'); o.value = n; o.textContent = n; ex.appendChild(o); });
  renderModules();
  renderParamOptions();
}

async function loadExample() {
  const n = $('example').value;
  if (!n) return;
  const r = await fetch('v1/examples/' + encodeURIComponent(n));
  $('facts').value = await r.text();
  setStatus('已载入示例 ' + n, 'Example ' + n + ' loaded');
}

function loadFile(ev) {
  const f = ev.target.files[0];
  if (!f) return;
  f.text().then((txt) => { $('facts').value = txt; setStatus('已读取文件 ' + f.name, 'File ' + f.name + ' read'); });
}

function factsType(text) { return /^\s*[{[]/.test(text) ? 'application/json' : 'application/yaml'; }

async function evaluate() {
  const text = $('facts').value;
  state.lastError = null;
  $('errors').hidden = true;
  if (!text.trim()) { setStatus('请先选用示例、上传文件或粘贴事实', 'Choose an example, upload a file or paste facts first'); return; }
  setStatus('正在评估…', 'Evaluating…');
  const scope = $('scope').value.trim();
  const url = 'v1/evaluate' + (scope ? '?scope=' + encodeURIComponent(scope) : '');
  const r = await fetch(url, { method: 'POST', headers: { 'Content-Type': factsType(text), Accept: 'application/json' }, body: text });
  if (!r.ok) {
    state.report = null;
    $('decisions').innerHTML = ''; $('summary').innerHTML = '';
    state.lastError = await problem(r);
    renderProblem(state.lastError);
    return;
  }
  state.report = await r.json();
  renderReport(state.report);
}

function renderProblem(e) {
  const p = e.problem || {};
  setStatus('未作评估：' + (p.titleZh || ('HTTP ' + e.status)), 'Nothing was evaluated: ' + (p.titleEn || ('HTTP ' + e.status)));
  const items = (p.errors || []).map((x) => `<li><code>${esc(x.path)}</code>${x.value != null ? ' = <code>' + esc(x.value) + '</code>' : ''}：${esc(state.lang === 'zh' ? x.message.zh : x.message.en)}</li>`).join('');
  $('errors').innerHTML = `<strong>${esc(state.lang === 'zh' ? p.detailZh : p.detailEn)}</strong><ul>${items}</ul>`;
  $('errors').hidden = false;
}

function moduleOfDecision(d) {
  const mods = new Set(d.reasons.map((r) => (state.rules[r.rule] || {}).module).filter(Boolean));
  return mods;
}

function renderReport(rep) {
  const chosen = chosenModules();
  const shown = rep.decisions.filter((d) => { const m = moduleOfDecision(d); return m.size === 0 || [...m].some((x) => chosen.has(x)); });
  const byRegion = new Map();
  shown.forEach((d) => { if (!byRegion.has(d.region)) byRegion.set(d.region, []); byRegion.get(d.region).push(d); });
  setStatus(`评估完成：${byRegion.size} 个地区，${shown.length} 项结论`, `Evaluated: ${byRegion.size} regions, ${shown.length} decisions`);
  $('summary').innerHTML = `<p class="muted">${t('截至', 'As of')} ${esc(rep.asOf)} · ${t('规则集', 'rule set')} ${esc(rep.ruleSet.modules.join(', '))} <code>${esc(rep.ruleSet.digest.slice(0, 12))}</code></p>`
    + (rep.progress || []).map((p) => `<p class="muted">${esc(word(p.program))}：${p.count} / ${p.target} (${esc(p.rule)})</p>`).join('');
  let html = '';
  for (const [code, ds] of byRegion) {
    html += `<section class="region" data-region="${esc(code)}"><h3>${esc(ds[0].regionName)} <span class="muted">${esc(code)}</span></h3>`;
    for (const d of ds) {
      html += `<details class="decision" data-outcome="${esc(d.outcome)}"><summary>${esc(word(d.program))} · ${esc(word(d.kind))}${d.year ? ' · ' + d.year : ''}`
        + `<span class="outcome ${outcomeClass(d.outcome)}">${esc(word(d.outcome))}</span></summary>`
        + `<table><thead><tr><th>${t('规则', 'Rule')}</th><th>${t('条款', 'Clause')}</th><th>${t('判断', 'Finding')}</th><th>${t('理由', 'Reason')}</th><th>${t('事实与参数', 'Facts and parameters')}</th></tr></thead><tbody>`;
      for (const r of d.reasons) {
        const facts = Object.entries(r.facts).map(([k, v]) => `<div><code>${esc(k)}</code> = ${esc(v)}</div>`).join('');
        const params = Object.entries(r.parameters).map(([k, v]) => `<div>${t('参数', 'param')} <code>${esc(k)}</code> = ${esc(v)}</div>`).join('');
        const missing = (r.missing || []).map((m) => `<div class="st-UNKNOWN">${t('缺少', 'missing')} <code>${esc(m)}</code></div>`).join('');
        html += `<tr><td><a class="rule" data-rule="${esc(r.rule)}">${esc(r.rule)}</a></td><td>${esc(r.clause)}</td>`
          + `<td class="st-${esc(r.status)}">${esc(word(r.status))}</td><td>${esc(state.lang === 'zh' ? r.message.zh : r.message.en)}</td><td>${facts}${params}${missing}</td></tr>`;
      }
      html += '</tbody></table></details>';
    }
    html += '</section>';
  }
  $('decisions').innerHTML = html || `<p>${t('没有结论', 'No decisions')}</p>`;
  $('decisions').querySelectorAll('a.rule').forEach((a) => a.addEventListener('click', () => openRule(a.dataset.rule)));
  $('ruleset').textContent = `${t('规则集版本', 'Rule set version')} ${rep.ruleSet.version} · ${rep.ruleSet.digest}`;
}

function openRule(id) {
  const r = state.rules[id];
  $('rule-title').textContent = r && r.name.startsWith(id) ? r.name : id + (r ? ' · ' + r.name : '');
  if (!r) { $('rule-body').innerHTML = `<dd>${t('未找到这条规则', 'Rule not found')}</dd>`; $('rule').showModal(); return; }
  const ps = r.parameters.map((p) => `<div><code>${esc(p)}</code> = ${esc((state.params[p] || {}).value)}</div>`).join('') || '—';
  $('rule-body').innerHTML = `<dt>${t('条款', 'Clause')}</dt><dd>${esc(r.clause)}</dd>`
    + `<dt>${t('规则全称', 'Title')}</dt><dd>${esc(r.name)}</dd>`
    + `<dt>${t('政策模块', 'Module')}</dt><dd>${esc(r.module)}</dd>`
    + `<dt>${t('规则文件', 'Rule file')}</dt><dd><code>${esc(r.file)}</code></dd>`
    + `<dt>${t('所用参数(现行取值)', 'Parameters (value in force)')}</dt><dd>${ps}</dd>`
    + `<dt>${t('规则原文', 'Rule text')}</dt><dd><pre id="rule-text">…</pre></dd>`
    + `<dd><a href="rulebook#${encodeURIComponent(id)}" target="_blank">${t('在规则手册中查看', 'Open in the rulebook')}</a></dd>`;
  $('rule').showModal();
  getJson('v1/rules/' + encodeURIComponent(id))
    .then((x) => { $('rule-text').textContent = x.text || t('(未找到规则文件)', '(rule file not found)'); })
    .catch(() => { $('rule-text').textContent = t('(无法读取)', '(could not be read)'); });
}

async function preview() {
  const text = $('facts').value;
  const name = $('param').value;
  const raw = $('param-value').value.trim();
  if (!text.trim() || !name || !raw) { $('flips').textContent = t('请先填写事实、选择参数并填写新取值', 'Give facts, a parameter and a new value first'); return; }
  let value = raw;
  if (/^-?\d+$/.test(raw)) value = parseInt(raw, 10);
  else if (/^-?\d*\.\d+$/.test(raw)) value = Number(raw); // a short decimal survives the round trip exactly as written
  else if (raw === 'true' || raw === 'false') value = raw === 'true';
  const body = { facts: text, parameters: { [name]: value } };
  $('flips').textContent = t('正在比较…', 'Comparing…');
  const r = await fetch('v1/diff', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) {
    const e = await problem(r); const p = e.problem || {};
    state.flips = null;
    $('flips').innerHTML = `<div id="flip-error" class="st-NOT_MET">${esc(state.lang === 'zh' ? p.detailZh : p.detailEn)}</div>`
      + (p.errors || []).map((x) => `<div><code>${esc(x.path)}</code>：${esc(state.lang === 'zh' ? x.message.zh : x.message.en)}</div>`).join('');
    return;
  }
  state.flips = await r.json();
  state.flips.param = name; state.flips.value = raw;
  renderFlips(state.flips);
}

function renderFlips(d) {
  const flips = d.changes.filter((c) => c.what === 'outcome' || c.what === 'added' || c.what === 'removed');
  let html = `<p id="flip-count"><strong>${t('改为', 'With')} <code>${esc(d.param)}</code> = ${esc(d.value)}${t('，', ', ')}${flips.length} ${t('项结论发生变化', 'decision(s) flip')}</strong>`
    + ` <span class="muted">(${t('理由变化共', 'reasons changed in')} ${d.changes.length - flips.length})</span></p>`;
  for (const c of flips) {
    const b = c.before ? word(c.before.outcome) : t('(无)', '(none)');
    const a = c.after ? word(c.after.outcome) : t('(无)', '(none)');
    html += `<div class="flip">${esc(c.regionName)} <span class="muted">${esc(c.region)}</span> · ${esc(word(c.program))} · ${esc(word(c.kind))}${c.year ? ' · ' + c.year : ''}：`
      + `<span class="outcome ${c.before ? outcomeClass(c.before.outcome) : 'o-other'}">${esc(b)}</span> → <span class="outcome ${c.after ? outcomeClass(c.after.outcome) : 'o-other'}">${esc(a)}</span></div>`;
  }
  $('flips').innerHTML = html;
}

document.addEventListener('DOMContentLoaded', () => {
  $('lang').addEventListener('click', () => { state.lang = state.lang === 'zh' ? 'en' : 'zh'; applyLang(); });
  $('example').addEventListener('change', loadExample);
  $('file').addEventListener('change', loadFile);
  $('evaluate').addEventListener('click', evaluate);
  $('preview').addEventListener('click', preview);
  $('param').addEventListener('change', showParamInfo);
  loadCatalogue().then(() => setStatus('就绪：请选用示例、上传或粘贴事实', 'Ready: choose an example, upload or paste facts'))
    .catch(() => setStatus('无法读取规则目录，请检查服务', 'The rule catalogue could not be read; check the service'));
});
