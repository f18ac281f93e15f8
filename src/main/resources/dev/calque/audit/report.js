// Draws the report's charts with ECharts from the data embedded in the page; the charts' options only.
(function () {
  var data = JSON.parse(document.getElementById('audit-data').textContent);
  var drawn = 0;
  function bars(id, title, rows, valueName, horizontal) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var names = rows.map(function (r) { return r[0]; });
    var values = rows.map(function (r) { return r[1]; });
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    var category = { type: 'category', data: names, axisLabel: { interval: 0, width: 150, overflow: 'truncate' } };
    var value = { type: 'value', name: valueName, nameLocation: 'middle', nameGap: horizontal ? 24 : 40 };
    chart.setOption({
      animation: false,
      title: { text: title, left: 8, top: 6, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: horizontal ? { left: 170, right: 24, top: 44, bottom: 44 } : { left: 64, right: 24, top: 44, bottom: 64 },
      xAxis: horizontal ? value : Object.assign(category, { axisLabel: { rotate: 40, interval: 0 } }),
      yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
      series: [{ type: 'bar', data: values, itemStyle: { color: '#3b6fb6' } }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
    drawn++;
  }
  bars('chart-family', 'Findings per 1,000 words by rule family', data.family, 'per 1,000 words', true);
  bars('chart-category', 'Findings per 1,000 words by category', data.category, 'per 1,000 words', true);
  bars('chart-section', 'Findings per 1,000 words by section', data.section, 'per 1,000 words', true);
  bars('chart-month', 'Findings per 1,000 words by month', data.month, 'per 1,000 words', false);
  bars('chart-mqm', 'Documents by MQM score (penalty per 1,000 words)', data.mqm, 'documents', false);
  document.body.setAttribute('data-charts', String(drawn));
})();
