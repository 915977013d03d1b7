// PrimeFaces writes the paginator's counts as bare digits ("1–25 / 20000"), also when it rewrites them on paging
// or filtering; show them as the page's language writes numbers ("20.000" in Vietnamese, "20,000" in English).
(function () {
    var format = new Intl.NumberFormat(document.documentElement.lang || 'vi');
    function localise(element) {
        var text = element.textContent.replace(/\d{4,}/g, function (digits) {
            return format.format(Number(digits));
        });
        if (text !== element.textContent) {
            element.textContent = text;
        }
    }
    function localiseAll() {
        document.querySelectorAll('.ui-paginator-current').forEach(localise);
    }
    document.addEventListener('DOMContentLoaded', function () {
        localiseAll();
        new MutationObserver(localiseAll).observe(document.body, {subtree: true, childList: true, characterData: true});
    });
})();
