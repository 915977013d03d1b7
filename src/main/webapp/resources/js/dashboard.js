// The extender of the dashboards' charts (p:chart extender="thiduaChart"): a tooltip shows the text the server
// formatted for the point (Vietnamese numbers, unit of measure, status) from the dataset's "tooltips" array.
function thiduaChart() {
    var config = this.cfg.config;
    config.options = config.options || {};
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.tooltip = config.options.plugins.tooltip || {};
    config.options.plugins.tooltip.callbacks = {
        label: function (ctx) {
            var tips = ctx.dataset.tooltips;
            var text = tips && tips[ctx.dataIndex];
            var prefix = ctx.dataset.label ? ctx.dataset.label + ': ' : '';
            if (ctx.chart.config.type === 'doughnut') {
                prefix = ctx.label ? ctx.label + ': ' : '';
            }
            return prefix + (text || ctx.formattedValue);
        }
    };
}
