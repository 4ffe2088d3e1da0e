// 服务网点: draws the district map of outlet counts from the data attributes the server rendered (the same GeoJSON
// asset as the monitoring map). No inline script (CSP script-src 'self'); the counts are also in the page's table.
(function () {
  'use strict';

  function parse(el, name) {
    try { return JSON.parse(el.getAttribute(name) || 'null'); } catch (e) { return null; }
  }

  function draw(el) {
    var series = parse(el, 'data-series') || [];
    var name = el.getAttribute('data-name') || '';
    var unit = el.getAttribute('data-unit') || '';
    fetch(el.getAttribute('data-geo'), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('地图边界文件加载失败: ' + r.status); } return r.json(); })
      .then(function (geo) {
        echarts.registerMap('nanchang-outlets', geo);
        var max = Math.max.apply(null, [1].concat(series.map(function (s) { return s.value || 0; })));
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          title: { text: name + ' (' + unit + ')', left: 'center', top: 6, textStyle: { fontSize: 15 } },
          tooltip: { trigger: 'item', formatter: function (p) { var s = p.data || {}; return p.name + '<br/>' + name + ': ' + (s.display || '0') + ' ' + unit; } },
          visualMap: { min: 0, max: max, left: 10, bottom: 10, calculable: true, text: ['多', '少'], inRange: { color: ['#eef4fa', '#1d4e89'] } },
          series: [{
            type: 'map', map: 'nanchang-outlets', roam: false,
            label: { show: true, fontSize: 11, formatter: function (p) { var s = p.data || {}; return p.name + '\n' + (s.display || '0'); } },
            data: series.map(function (s) { return { name: s.name, value: s.value, code: s.code, display: s.display }; })
          }]
        });
        chart.on('click', function (p) {
          if (p.data && p.data.code) { window.location.href = '/Services/Outlets?district=' + encodeURIComponent(p.data.code); }
        });
        el.setAttribute('data-rendered', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function (e) { el.textContent = String(e.message || e); });
  }

  function start() {
    var el = document.getElementById('outlet-map');
    if (el && typeof echarts !== 'undefined') { draw(el); }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
