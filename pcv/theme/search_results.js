/* The site's own script, run just before Material's, in the same file (pcv/theme/script.py): search lists
   the pages that have every word typed, when one has.
   Material's search lists any page with one of the words typed ("cote d'ivoire": every page saying
   « aux côtés de », accents folded), marking the words it lacks. The answers of its search worker
   (messages of type 3, RESULT) are cut here to the pages that have every word: a page lacking one is
   listed, marked so, only when no page has them all. */
(function () {
  var NativeWorker = window.Worker

  function hasEveryWord(item) {
    var found = Object.values(item.terms)
    return found.length > 0 && found.every(Boolean)
  }

  function wholeMatches(message) {
    if (!message || message.type !== 3 || !message.data.items) return message
    var whole = message.data.items.filter(function (page) { return page.some(hasEveryWord) })
    return whole.length ? { type: 3, data: Object.assign({}, message.data, { items: whole }) } : message
  }

  window.Worker = function (url, options) {
    var worker = new NativeWorker(url, options), listen = worker.addEventListener.bind(worker)
    worker.addEventListener = function (type, listener, options) {
      listen(type, type !== "message" ? listener : function (event) {
        listener.call(worker, { data: wholeMatches(event.data) })
      }, options)
    }
    return worker
  }
})()
