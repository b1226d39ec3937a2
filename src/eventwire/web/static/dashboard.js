// The dashboard's charts: each panel reads the filters from the page URL, asks the API for its
// data and draws it. Untrusted text is only ever set with textContent, never as HTML.
(function () {
  "use strict";
  var FILTERS = ["actor", "dyad", "cameo", "root", "plover", "quad", "since", "until",
                 "place_country", "text"];
  var page = new URLSearchParams(window.location.search);

  function query(extra) {
    var params = new URLSearchParams();
    FILTERS.forEach(function (k) { if (page.get(k)) { params.set(k, page.get(k)); } });
    Object.keys(extra || {}).forEach(function (k) { params.set(k, extra[k]); });
    return params.toString();
  }

  function getJSON(path, extra) {
    return fetch(path + "?" + query(extra), { headers: { Accept: "application/json" } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body.error || r.statusText); }
          return body;
        });
      });
  }

  function linkTo(params) {
    var next = new URLSearchParams(window.location.search);
    next.delete("cursor");
    Object.keys(params).forEach(function (k) { next.set(k, params[k]); });
    return "/?" + next.toString();
  }

  // Goldstein -10..+10 to a red-grey-blue ramp (the CSS legend uses the same stops).
  var STOPS = [[-10, [179, 38, 30]], [-4, [224, 117, 107]], [0, [138, 147, 158]],
               [4, [91, 143, 209]], [10, [31, 95, 168]]];
  function tone(g) {
    var v = Math.max(-10, Math.min(10, Number(g) || 0));
    for (var i = 1; i < STOPS.length; i++) {
      if (v <= STOPS[i][0]) {
        var a = STOPS[i - 1], b = STOPS[i], t = (v - a[0]) / (b[0] - a[0]);
        var c = a[1].map(function (x, j) { return Math.round(x + t * (b[1][j] - x)); });
        return "rgb(" + c.join(",") + ")";
      }
    }
    return "rgb(31,95,168)";
  }

  function note(el, text, cls) {
    var p = document.createElement("p");
    p.className = cls || "muted";
    p.textContent = text;
    el.appendChild(p);
  }

  function done(el, facts) {
    Object.keys(facts || {}).forEach(function (k) { el.dataset[k] = facts[k]; });
    el.dataset.ready = "1";
  }

  function fail(el, err) {
    note(el, "Could not load: " + err.message, "alert");
    done(el, { error: err.message });
  }

  function drawTimeline() {
    var el = document.getElementById("timeline");
    var measure = el.dataset.measure, freq = el.dataset.freq;
    getJSON("/api/timeline", { freq: freq }).then(function (data) {
      var rows = data.rows;
      var total = rows.reduce(function (s, r) { return s + r.count; }, 0);
      if (!rows.length) {
        note(el, "No dated events match these filters.");
        return done(el, { total: "0", periods: "0" });
      }
      var xs = rows.map(function (r) { return Date.parse(r.period + "T00:00:00Z") / 1000; });
      var counts = rows.map(function (r) { return r.count; });
      var scores = rows.map(function (r) {
        return measure === "plover-score" ? r.plover_score : r.goldstein;
      });
      var step = 86400 * { day: 1, week: 7, month: 30.4, year: 365.2 }[freq];
      var opts = {
        width: Math.max(el.clientWidth, 300), height: 260, legend: { live: false },
        tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), "Etc/UTC"); },
        scales: { x: { time: true, range: function () {
                    return [xs[0] - step / 2, xs[xs.length - 1] + step / 2]; } },
                  n: { range: function (u, lo, hi) { return [0, Math.max(1, hi * 1.15)]; } },
                  s: {} },
        series: [{},
          { label: "events", scale: "n", stroke: "#1d2a3a", fill: "rgba(29,42,58,0.22)",
            paths: uPlot.paths.bars({ size: [0.6, 48] }), points: { show: false } },
          { label: measure, scale: "s", stroke: "#d29a12", width: 2, points: { size: 6 } }],
        axes: [{ stroke: "#6b7684", grid: { stroke: "#eef0f3" } },
               { scale: "n", stroke: "#6b7684", grid: { stroke: "#eef0f3" },
                 incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1e3, 2e3, 5e3, 1e4, 1e5, 1e6] },
               { scale: "s", side: 1, stroke: "#b07e0c", grid: { show: false } }]
      };
      new uPlot(opts, [xs, counts, scores], el);
      if (data.truncated) {
        note(el, "Showing the last " + rows.length.toLocaleString("en") + " " + freq +
             "s of " + data.periods.toLocaleString("en") + " (from " + data.first_period +
             "): narrow the dates or choose a coarser period to see the rest.", "notice");
      }
      done(el, { total: String(total), periods: String(rows.length),
                 truncated: String(Boolean(data.truncated)) });
    }).catch(function (err) { fail(el, err); });
  }

  function popup(p) {
    var box = document.createElement("div");
    box.className = "map-popup";
    var title = document.createElement("b");
    title.textContent = (p.source || "?") + " → " + (p.target || "?") + " · " + p.cameo_name;
    var where = document.createElement("div");
    where.textContent = (p.place_name || "") + " · " + (p.date || "undated") + " · " +
      p.num_mentions + " mention(s) · Goldstein " + p.goldstein;
    var open = document.createElement("a");
    open.href = "/events/" + encodeURIComponent(p.id);
    open.textContent = "open the evidence";
    box.append(title, where, open);
    return box;
  }

  // Rings that cross the antimeridian (Russia's Chukotka, Fiji) would be drawn across the
  // whole map: move their western points east by 360 degrees. Antarctica is left out.
  function unwrap(collection) {
    function ring(points) {
      var lons = points.map(function (p) { return p[0]; });
      if (Math.max.apply(null, lons) - Math.min.apply(null, lons) <= 180) { return points; }
      return points.map(function (p) { return p[0] < 0 ? [p[0] + 360, p[1]] : p; });
    }
    collection.features = collection.features.filter(function (f) { return f.id !== "010"; });
    collection.features.forEach(function (f) {
      var g = f.geometry;
      if (g && g.type === "Polygon") { g.coordinates = g.coordinates.map(ring); }
      if (g && g.type === "MultiPolygon") {
        g.coordinates = g.coordinates.map(function (poly) { return poly.map(ring); });
      }
    });
    return collection;
  }

  function drawMap() {
    var el = document.getElementById("map");
    var map = L.map(el, { zoomSnap: 0.25, minZoom: 1, maxZoom: 8, worldCopyJump: false })
      .setView([25, 15], 1.25);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth · places: GeoNames (CC BY 4.0)");
    var atlas = fetch("/static/vendor/world-atlas/countries-110m.json").then(function (r) {
      return r.json();
    });
    Promise.all([atlas, getJSON("/api/map")]).then(function (got) {
      var topo = got[0], data = got[1], byNumber = {}, most = 1;
      data.countries.forEach(function (c) {
        if (c.numeric) { byNumber[c.numeric] = c; most = Math.max(most, c.events); }
      });
      L.geoJSON(unwrap(topojson.feature(topo, topo.objects.countries)), {
        style: function (f) {
          var c = byNumber[f.id], share = c ? 0.25 + 0.75 * c.events / most : 0;
          return { color: "#9aa7b4", weight: 0.6, fillOpacity: 1,
                   fillColor: c ? "rgba(224,165,38," + share.toFixed(2) + ")" : "#f6f4ee" };
        },
        onEachFeature: function (f, layer) {
          var c = byNumber[f.id];
          layer.bindTooltip(document.createTextNode(f.properties.name +
            (c ? ": " + c.events + " event(s)" : "")), { sticky: true });
        }
      }).addTo(map);
      var bounds = [];
      data.points.forEach(function (p) {
        var r = 4 + 3 * Math.sqrt(p.num_mentions);
        L.circleMarker([p.place_lat, p.place_lon], {
          radius: r, color: "#1c2430", weight: 0.8, fillColor: tone(p.goldstein), fillOpacity: 0.85
        }).bindPopup(popup(p)).addTo(map);
        bounds.push([p.place_lat, p.place_lon]);
      });
      if (bounds.length) {
        map.fitBounds(L.latLngBounds(bounds).pad(0.8), { maxZoom: 4 });
      } else {
        note(el.parentNode.querySelector(".scale"), "No located events match these filters.");
      }
      done(el, { points: String(data.points.length), countries: String(data.countries.length) });
    }).catch(function (err) { fail(el, err); });
  }

  function drawNetwork() {
    var el = document.getElementById("network");
    getJSON("/api/network", { limit: 80 }).then(function (data) {
      var rows = data.rows, nodes = {}, elements = [], heaviest = 1;
      if (!rows.length) {
        note(el, "No events with both a source and a target match these filters.");
        return done(el, { edges: "0", nodes: "0" });
      }
      rows.forEach(function (e, i) {
        heaviest = Math.max(heaviest, e.weight);
        [e.source, e.target].forEach(function (a) { nodes[a] = (nodes[a] || 0) + e.weight; });
        elements.push({ data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
                                color: tone(e.mean_goldstein) } });
      });
      Object.keys(nodes).forEach(function (a) {
        elements.push({ data: { id: a, label: a, size: 14 + 6 * Math.sqrt(nodes[a]) } });
      });
      var cy = cytoscape({
        container: el, elements: elements, minZoom: 0.3, maxZoom: 1.5,
        style: [
          { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
            "background-color": "#1d2a3a", color: "#1c2430", "font-size": 11, "font-weight": 600,
            "text-valign": "bottom", "text-margin-y": 3, "border-width": 2, "border-color": "#e0a526" } },
          { selector: "edge", style: { width: "mapData(weight, 1, " + Math.max(2, heaviest) + ", 1.5, 8)",
            "line-color": "data(color)", "target-arrow-color": "data(color)",
            "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85 } }
        ],
        layout: { name: "cose", animate: false, padding: 24, nodeRepulsion: function () { return 9000; },
                  idealEdgeLength: function () { return 90; } }
      });
      cy.on("tap", "node", function (evt) { window.location.href = linkTo({ actor: evt.target.id() }); });
      cy.on("tap", "edge", function (evt) {
        var d = evt.target.data();
        window.location.href = linkTo({ dyad: d.source + ":" + d.target });
      });
      done(el, { edges: String(rows.length), nodes: String(Object.keys(nodes).length) });
    }).catch(function (err) { fail(el, err); });
  }

  drawTimeline();
  drawMap();
  drawNetwork();
})();
