// 纲要监测: draws the ECharts trend lines and the district map from the data attributes the server rendered.
// No inline script (CSP script-src 'self'); the numbers are already in the page's tables without JS.
(function () {
  'use strict';

  function parse(el, name) {
    try { return JSON.parse(el.getAttribute(name) || 'null'); } catch (e) { return null; }
  }

  function fmt(v) { return v === null || v === undefined ? '—' : String(v); }

  function trend(el) {
    var d = parse(el, 'data-trend');
    if (!d) { return; }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 12, top: 24, bottom: 22 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return fmt(v) + ' ' + d.unit; } },
      legend: { data: ['实际值', '目标路径'], top: 0, textStyle: { fontSize: 11 } },
      xAxis: { type: 'category', data: d.years },
      yAxis: { type: 'value', scale: true, splitNumber: 3 },
      series: [
        { name: '实际值', type: 'line', data: d.values, connectNulls: false, symbolSize: 6 },
        { name: '目标路径', type: 'line', data: d.path, lineStyle: { type: 'dashed' }, symbol: 'none' }
      ]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function map(el) {
    var series = parse(el, 'data-series') || [];
    var name = el.getAttribute('data-name') || '';
    var unit = el.getAttribute('data-unit') || '';
    var selected = el.getAttribute('data-selected') || '';
    var year = (document.getElementById('dashboard') || el).getAttribute('data-year') || '';
    fetch(el.getAttribute('data-geo'), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('地图边界文件加载失败: ' + r.status); } return r.json(); })
      .then(function (geo) {
        echarts.registerMap('nanchang', geo);
        var values = series.map(function (s) { return s.value; }).filter(function (v) { return v !== null && v !== undefined; });
        var min = values.length ? Math.min.apply(null, values) : 0;
        var max = values.length ? Math.max.apply(null, values) : 1;
        if (max === min) { max = min + 1; }
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          title: { text: name + '(' + unit + ')', left: 'center', top: 6, textStyle: { fontSize: 15 } },
          tooltip: {
            trigger: 'item',
            formatter: function (p) {
              var s = p.data || {};
              return p.name + '<br/>' + name + ': ' + fmt(s.display) + ' ' + unit + (s.status ? '<br/>状态: ' + s.status : '');
            }
          },
          visualMap: { min: min, max: max, left: 10, bottom: 10, calculable: true, text: ['高', '低'], inRange: { color: ['#e3eef9', '#1d4e89'] } },
          series: [{
            type: 'map', map: 'nanchang', roam: false, selectedMode: 'single',
            label: { show: true, fontSize: 11 },
            emphasis: { label: { show: true } },
            data: series.map(function (s) {
              return { name: s.name, value: s.value === null ? NaN : s.value, code: s.code, display: s.display, status: s.status, selected: s.name === selected };
            })
          }]
        });
        chart.on('click', function (p) {
          if (p.data && p.data.code) {
            var ind = (document.getElementById('indicator-select') || {}).value || '';
            window.location.href = '/Monitoring/Unit?unit=' + encodeURIComponent(p.data.code) + '&year=' + encodeURIComponent(year) + '&indicator=' + encodeURIComponent(ind);
          }
        });
        el.setAttribute('data-rendered', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function (e) {
        el.textContent = String(e.message || e);
      });
  }

  function start() {
    if (typeof echarts === 'undefined') { return; }
    Array.prototype.forEach.call(document.querySelectorAll('.trend-chart[data-trend]'), trend);
    var m = document.getElementById('unit-map');
    if (m) { map(m); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
