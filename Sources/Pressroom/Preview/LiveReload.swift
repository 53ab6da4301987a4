import Foundation

/// The script a preview adds to every page: it listens for the preview's events, reloads the
/// page when the page (or anything every page uses) changed, keeping the scroll position, and
/// shows the build's errors over the page until they are fixed. Only previews add it; built
/// sites never contain it.
enum LiveReload {
    static let tag = "<script src=\"\(PreviewResponder.scriptPath)\" defer></script>"

    /// `page` with the script added before `</body>` (or at the end when there is none).
    static func inject(into page: Data) -> Data {
        let closing = Data("</body>".utf8)
        let at = page.range(of: closing, options: .backwards)?.lowerBound ?? page.endIndex
        var result = page
        result.insert(contentsOf: Data((tag + "\n").utf8), at: at)
        return result
    }

    static let script = """
        // Pressroom preview: reloads this page when it changes and shows build errors.
        (function () {
          "use strict";
          var path = decodeURIComponent(location.pathname).replace(/^\\//, "");
          if (path === "" || path.slice(-1) === "/") path += "index.html";
          var key = "pressroom-scroll:" + location.pathname;
          var saved = sessionStorage.getItem(key);
          if (saved !== null) {
            sessionStorage.removeItem(key);
            var y = Number(saved);
            window.scrollTo(0, y);
            window.addEventListener("load", function () { window.scrollTo(0, y); });
          }
          function affects(paths) {
            for (var i = 0; i < paths.length; i++) {
              var p = paths[i];
              if (p === path || !/\\.html$/.test(p)) return true;
            }
            return false;
          }
          function reload() {
            sessionStorage.setItem(key, String(window.scrollY));
            location.reload();
          }
          function hideProblems() {
            var box = document.getElementById("pressroom-problems");
            if (box) box.remove();
          }
          function showProblems(messages) {
            hideProblems();
            var box = document.createElement("section");
            box.id = "pressroom-problems";
            box.setAttribute("role", "alert");
            box.setAttribute("aria-labelledby", "pressroom-problems-heading");
            box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;" +
              "background:#fff;color:#0b0c0c;border-top:6px solid #b10e1e;padding:1rem 1.5rem;" +
              "font:16px/1.5 system-ui,sans-serif;box-shadow:0 -4px 12px rgba(0,0,0,.3)";
            var heading = document.createElement("h2");
            heading.id = "pressroom-problems-heading";
            heading.style.cssText = "margin:0 0 .5rem;font-size:1.25rem";
            heading.textContent = "The project does not build: " + messages.length + (messages.length === 1 ? " error" : " errors");
            var note = document.createElement("p");
            note.style.margin = "0 0 .5rem";
            note.textContent = "This page shows the last version that built. Fix the problem and save: this message goes away by itself.";
            var list = document.createElement("pre");
            list.style.cssText = "margin:0;white-space:pre-wrap;font:14px/1.5 ui-monospace,monospace;color:#0b0c0c";
            list.textContent = messages.join("\\n");
            var hide = document.createElement("button");
            hide.type = "button";
            hide.textContent = "Hide until the next save";
            hide.style.cssText = "margin-top:.75rem;padding:.4rem .8rem;font:inherit;color:#fff;background:#0b0c0c;border:2px solid #0b0c0c;cursor:pointer";
            hide.addEventListener("click", hideProblems);
            box.appendChild(heading);
            box.appendChild(note);
            box.appendChild(list);
            box.appendChild(hide);
            document.body.appendChild(box);
          }
          var source = new EventSource("\(PreviewResponder.eventsPath)");
          source.addEventListener("reload", function (event) {
            if (affects(JSON.parse(event.data).paths)) reload();
          });
          source.addEventListener("problems", function (event) { showProblems(JSON.parse(event.data).messages); });
          source.addEventListener("fixed", hideProblems);
        })();

        """
}
