/* figraph network view.
 *
 * Builds the vis-network graph from the JSON embedded in the page, and the
 * legend, search and evidence panel around it. Every string in the data comes
 * from documents and is untrusted: it reaches the DOM through textContent only
 * (never innerHTML) or is drawn on the canvas; links are kept to http(s) URLs.
 * `window.figraph` (and the root's `figraph`) exposes the network and a few actions for
 * tests and notebooks. One script serves any number of views on a page (a notebook's
 * cells): `figraphStart(root)` starts the view inside `root`, looking up its parts there.
 */
window.figraphStart = function (root) {
  "use strict";

  function find(id) { return root.querySelector("#" + id); }

  const data = JSON.parse(find("figraph-data").textContent);
  const settings = data.settings;
  const N = indexOf(data.fields.node);
  const E = indexOf(data.fields.edge);
  const V = indexOf(data.fields.evidence);
  const state = { ready: false, timings: { parsed: performance.now() }, network: null, data: data };
  window.figraph = state;
  root.figraph = state;

  function indexOf(fields) {
    const index = {};
    fields.forEach(function (name, i) { index[name] = i; });
    return index;
  }

  // -- small DOM helpers (textContent only) --------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function append(parent) {
    for (let i = 1; i < arguments.length; i++) {
      const child = arguments[i];
      if (child === null || child === undefined) continue;
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : "";
  }

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function shorten(text, size) {
    return text.length > size ? text.slice(0, size - 1) + "\u2026" : text;
  }

  function plural(count, word) {
    return count + " " + word + (count === 1 ? "" : "s");
  }

  const REVIEW_LABELS = { "": "unreviewed", confirmed: "confirmed", retyped: "retyped",
                          reproposed: "re-proposed after a rejection" };

  function reviewLabel(state) {
    return REVIEW_LABELS[state] || state;
  }

  // -- the network ----------------------------------------------------------

  const nodeRows = data.nodes;
  const edgeRows = data.edges;
  const relations = data.relations;
  const adjacency = nodeRows.map(function () { return []; });
  edgeRows.forEach(function (row, j) {
    adjacency[row[E.from]].push(j);
    if (row[E.to] !== row[E.from]) adjacency[row[E.to]].push(j);
  });

  function nodeName(i) { return nodeRows[i][N.name]; }
  function nodeType(i) { return data.nodeTypes[nodeRows[i][N.type]]; }

  function edgeLabel(row) {
    const rel = relations[row[E.relation]];
    const status = row[E.status];
    return rel.allegation && status && status !== "alleged" ? rel.label + " (" + status + ")" : rel.label;
  }

  function visGroups() {
    const groups = {};
    data.nodeTypes.forEach(function (type, i) {
      const color = { background: type.color, border: type.border };
      groups["g" + i] = {
        shape: type.shape,
        color: { background: type.color, border: type.border, highlight: { background: type.color, border: "#111" },
                 hover: color },
      };
    });
    return groups;
  }

  // No vis label: the page draws the labels itself (see "labels" below).
  function visNode(row, i) {
    const node = { id: i, group: "g" + row[N.type], size: row[N.size] };
    if (row[N.x] !== null) { node.x = row[N.x]; node.y = row[N.y]; }
    if (row[N.highlight]) {
      node.borderWidth = 4;
      node.shadow = { enabled: true, color: "rgba(241, 176, 15, 0.9)", size: 16, x: 0, y: 0 };
    }
    if (isAlone(i) && !aloneShown) node.hidden = true;
    return node;
  }

  // Actors without a link are hidden until asked for (legend): in a network view they
  // were a grid of unlabelled dots taking a third of the canvas. A view with no link at
  // all shows them, since they are all it has.
  let aloneShown = edgeRows.length === 0;
  function isAlone(i) { return adjacency[i].length === 0 && !nodeRows[i][N.highlight]; }
  const aloneCount = nodeRows.filter(function (row, i) { return isAlone(i); }).length;

  function visEdge(row, j) {
    const rel = relations[row[E.relation]];
    const evidence = row[E.evidence].length;
    // Only what differs from the defaults in visOptions: vis parses each edge's options,
    // which is most of the start-up time on large graphs.
    const edge = { id: j, from: row[E.from], to: row[E.to] };
    if (evidence > 1) edge.width = 1 + Math.min(evidence, 6) * 0.4;
    if (settings.edgeLabels) edge.label = edgeLabel(row);
    if (rel.symmetric) edge.arrows = { to: { enabled: false } };
    if (rel.allegation) {
      edge.dashes = [7, 5];
      edge.color = { color: rel.color, highlight: "#7b1d12", hover: "#7b1d12", inherit: false };
    }
    if (row[E.curve]) {
      edge.smooth = { enabled: true, type: row[E.curve] > 0 ? "curvedCW" : "curvedCCW", roundness: Math.abs(row[E.curve]) };
    }
    if (row[E.highlight]) edge.width = 4;
    return edge;
  }

  function visOptions() {
    const large = edgeRows.length > 3000;
    return {
      autoResize: true,
      layout: { improvedLayout: false, randomSeed: 7 },
      groups: visGroups(),
      nodes: { borderWidth: 1.5 },
      edges: {
        smooth: false,
        width: 1.4,
        selectionWidth: 1.5,
        hoverWidth: 0.8,
        color: { color: "#8792a2", highlight: "#1f2933", hover: "#1f2933", inherit: false },
        arrows: { to: { enabled: true, scaleFactor: 0.55 } },
        font: { size: 11, face: "system-ui, sans-serif", color: "#52606d", strokeWidth: 3, strokeColor: "#ffffff", align: "horizontal" },
        scaling: { label: { drawThreshold: 15 } },  // link labels only when zoomed in on a few
      },
      physics: settings.physics ? {
        enabled: true,
        solver: "barnesHut",
        barnesHut: { gravitationalConstant: -4000, springLength: 120, springConstant: 0.035, damping: 0.35, avoidOverlap: 0.3 },
        stabilization: { enabled: true, iterations: settings.stabilization, updateInterval: 25, fit: true },
      } : { enabled: false },
      interaction: { hover: settings.hover, hideEdgesOnDrag: large, hideEdgesOnZoom: large, tooltipDelay: 120, keyboard: false },
    };
  }

  function createNetwork() {
    const nodes = new vis.DataSet(nodeRows.map(visNode));
    const edges = new vis.DataSet(edgeRows.map(visEdge));
    state.timings.datasets = performance.now();
    const container = find("fg-network");
    const network = new vis.Network(container, { nodes: nodes, edges: edges }, visOptions());
    state.timings.network = performance.now();
    state.network = network;
    network.on("afterDrawing", drawLabels);
    if (!nodeRows.length) { markReady(); return network; }
    groupPlaceholders(network);
    if (!settings.physics) network.fit();
    if (settings.physics) {
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        state.timings.stabilized = performance.now();
        network.once("afterDrawing", markReady);
        network.redraw();
      });
    } else {
      network.once("afterDrawing", markReady);
    }
    network.on("click", onClick);
    network.on("hoverEdge", function (p) { showTooltip(edgeTooltip(baseEdge(p.edge)), p.pointer.DOM); });
    network.on("hoverNode", function (p) {
      hoveredNode = p.node;
      showTooltip(isGroup(p.node) ? groupTooltip(p.node) : nodeTooltip(p.node), p.pointer.DOM);
    });
    network.on("blurEdge", hideTooltip);
    network.on("blurNode", function () { hoveredNode = null; hideTooltip(); });
    network.on("dragStart", hideTooltip);
    return network;
  }

  function markReady() {
    if (state.ready) return;
    state.ready = true;
    state.timings.ready = performance.now();
    find("fg-loading").hidden = true;
    root.setAttribute("data-ready", "1");
  }

  function onClick(params) {
    hideTooltip();
    if (params.nodes.length && isGroup(params.nodes[0])) openGroup(params.nodes[0]);
    else if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(baseEdge(params.edges[0]));
    else showOverview();
  }

  // -- unnamed placeholders, grouped ---------------------------------------------
  // "Senior Chinese diplomat (unnamed)", "Canadian officials (unnamed)": where several
  // hang on one named actor (their `anchor`, chosen in Python), they are drawn as one
  // dashed dot, "N unnamed", until it is clicked open. A marked one stays apart.
  const GROUP_PREFIX = "unnamed:";
  const groups = new Map();
  nodeRows.forEach(function (row, i) {
    const anchor = row[N.anchor];
    if (anchor === undefined || anchor < 0 || row[N.highlight]) return;
    if (!groups.has(anchor)) groups.set(anchor, []);
    groups.get(anchor).push(i);
  });
  let hoveredNode = null;

  function isGroup(id) { return typeof id === "string" && id.indexOf(GROUP_PREFIX) === 0; }
  function groupMembers(id) { return groups.get(Number(id.slice(GROUP_PREFIX.length))) || []; }

  function groupPlaceholders(network) {
    groups.forEach(function (members, anchor) {
      if (members.length < 2) return;
      const inside = new Set(members);
      network.cluster({
        joinCondition: function (options) { return inside.has(options.id); },
        clusterNodeProperties: {
          id: GROUP_PREFIX + anchor, label: "", shape: "dot", size: 9 + 2.5 * Math.sqrt(members.length),
          color: { background: "#eef1f4", border: "#7b8794", highlight: { background: "#e4e7eb", border: "#1f2933" } },
          borderWidth: 1.5, shapeProperties: { borderDashes: [3, 3] },
        },
      });
    });
  }

  function openGroup(id) {
    const members = groupMembers(id);
    if (state.network.isCluster(id)) state.network.openCluster(id);
    clear(panel);
    append(panel, el("h2", null, plural(members.length, "unnamed actor")));
    append(panel, el("p", "fg-muted", "Linked to " + nodeName(Number(id.slice(GROUP_PREFIX.length)))
                     + ". Each is someone a document describes without naming them."));
    const list = panel.appendChild(el("ul"));
    members.forEach(function (i) { append(list, append(el("li"), nodeButton(i))); });
  }

  function groupTooltip(id) {
    const anchor = Number(id.slice(GROUP_PREFIX.length));
    return append(el("div"), el("strong", null, plural(groupMembers(id).length, "unnamed actor")),
                  " linked to " + nodeName(anchor), el("div", null, "click to show them"));
  }

  // An edge drawn to a group stands for the edges of its members: the first one.
  function baseEdge(id) {
    if (typeof id === "number") return id;
    const base = state.network.clustering.getBaseEdges(id);
    return base.length ? base[0] : id;
  }

  // Make actor i drawn: open the group holding it, show it if it was a hidden lone actor.
  function reveal(i) {
    const network = state.network;
    const path = network.clustering.findNode(i);
    path.slice(0, -1).forEach(function (cluster) { if (network.isCluster(cluster)) network.openCluster(cluster); });
    if (isAlone(i) && !aloneShown) network.body.data.nodes.update({ id: i, hidden: false });
  }

  // -- labels ---------------------------------------------------------------------
  // vis-network draws every label at every zoom: hundreds piled into one block, or none
  // below its size threshold. The page draws them after each frame instead: the marked,
  // selected and hovered actors first, then the most connected, each below its dot and
  // only where it covers no label already there (it may cross a dot: white-haloed). Zooming in makes room, so more
  // labels appear; a label is never smaller than LABEL_PX on screen.
  const LABEL_PX = 12;
  const LABEL_MAX = 700;
  const GAP = 4;
  const CELL = 40;
  const FONT = "system-ui, -apple-system, \"Segoe UI\", Roboto, Arial, sans-serif";
  const labelWidths = new Map();
  let labelOrder = [];
  let labelOrderOf = null;
  const drawn = [];

  function labelText(id) {
    return isGroup(id) ? groupMembers(id).length + " unnamed" : shorten(nodeName(id), 40);
  }

  function labelSize(id) {
    if (isGroup(id)) return LABEL_PX - 1;
    const degree = nodeRows[id][N.degree];
    return Math.round(LABEL_PX + Math.min(4, Math.log2(1 + degree) * 0.8));
  }

  function priority(id) {
    if (isGroup(id)) return 0.5;
    const row = nodeRows[id];
    return (row[N.highlight] ? 1e9 : 0) + row[N.degree] - (row[N.unnamed] ? 0.5 : 0);
  }

  function orderedIds(network) {
    const ids = network.body.nodeIndices;
    if (ids !== labelOrderOf) {
      labelOrder = ids.slice().sort(function (a, b) {
        return priority(b) - priority(a) || String(labelText(a)).localeCompare(String(labelText(b)));
      });
      labelOrderOf = ids;
    }
    const first = network.getSelectedNodes().concat(hoveredNode === null ? [] : [hoveredNode]);
    return first.length ? first.concat(labelOrder) : labelOrder;
  }

  function textWidth(ctx, id, px) {
    const key = id + "@" + px;
    if (!labelWidths.has(key)) {
      ctx.font = px + "px " + FONT;
      labelWidths.set(key, ctx.measureText(labelText(id)).width);
    }
    return labelWidths.get(key);
  }

  function Grid() { this.cells = new Map(); }
  Grid.prototype.keys = function (box) {
    const keys = [];
    for (let gx = Math.floor(box.x / CELL); gx <= Math.floor((box.x + box.w) / CELL); gx++) {
      for (let gy = Math.floor(box.y / CELL); gy <= Math.floor((box.y + box.h) / CELL); gy++) keys.push(gx + "," + gy);
    }
    return keys;
  };
  Grid.prototype.hits = function (box, owner) {
    return this.keys(box).some(function (key) {
      return (this.cells.get(key) || []).some(function (other) {
        return other.owner !== owner && other.x < box.x + box.w && box.x < other.x + other.w
          && other.y < box.y + box.h && box.y < other.y + other.h;
      });
    }, this);
  };
  Grid.prototype.add = function (box) {
    this.keys(box).forEach(function (key) {
      if (!this.cells.has(key)) this.cells.set(key, []);
      this.cells.get(key).push(box);
    }, this);
  };

  // Below the dot, else above, right or left of it: the first place wholly on the canvas
  // and clear of the labels already drawn (a forced label takes the first place on it).
  function placeLabel(grid, id, cx, cy, r, w, h, width, height, forced) {
    const places = [[cx - w / 2, cy + r], [cx - w / 2, cy - r - h], [cx + r + 1, cy - h / 2],
                    [cx - r - 1 - w, cy - h / 2]];
    for (let k = 0; k < places.length; k++) {
      const box = { x: places[k][0], y: places[k][1], w: w, h: h, owner: id };
      if (box.x < 0 || box.x + w > width || box.y < 0 || box.y + h > height) continue;
      const room = { x: box.x - GAP, y: box.y - GAP, w: w + 2 * GAP, h: h + 2 * GAP, owner: id };
      if (forced || !grid.hits(room, id)) return box;
    }
    return null;
  }

  function drawLabels(ctx) {
    const network = state.network;
    const view = network.body.view;
    const scale = view.scale;
    const shift = view.translation;
    const canvas = network.canvas.frame.canvas;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const ratio = network.canvas.pixelRatio || 1;
    const ids = orderedIds(network);
    const grid = new Grid();
    const seen = new Set();
    drawn.length = 0;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    for (let k = 0; k < ids.length && drawn.length < LABEL_MAX; k++) {
      const id = ids[k];
      if (seen.has(id)) continue;
      seen.add(id);
      const node = network.body.nodes[id];
      if (!node || node.options.hidden) continue;
      const cx = node.x * scale + shift.x;
      const cy = node.y * scale + shift.y;
      const r = Math.max(2, node.options.size * scale) + 2;
      const px = labelSize(id);
      const w = textWidth(ctx, id, px) + 4;
      const h = px + 3;
      const forced = k < ids.length - labelOrder.length || (!isGroup(id) && nodeRows[id][N.highlight]);
      const box = placeLabel(grid, id, cx, cy, r, w, h, width, height, forced);
      if (!box) continue;
      grid.add(box);
      ctx.font = (forced ? "600 " : "") + px + "px " + FONT;
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
      ctx.strokeText(labelText(id), box.x + box.w / 2, box.y);
      ctx.fillStyle = isGroup(id) ? "#52606d" : "#1f2933";
      ctx.fillText(labelText(id), box.x + box.w / 2, box.y);
      drawn.push({ text: labelText(id), id: id, x: box.x, y: box.y, w: box.w, h: box.h });
    }
    ctx.restore();
  }

  // -- tooltip ---------------------------------------------------------------

  const tooltip = find("fg-tooltip");

  function showTooltip(content, at) {
    clear(tooltip).appendChild(content);
    tooltip.style.left = (at.x + 14) + "px";
    tooltip.style.top = (at.y + 14) + "px";
    tooltip.hidden = false;
  }

  function hideTooltip() { tooltip.hidden = true; }

  function nodeTooltip(i) {
    return append(el("div"), el("strong", null, nodeName(i)), " \u00b7 " + nodeType(i).name,
                  " \u00b7 " + plural(adjacency[i].length, "link"));
  }

  function edgeTooltip(j) {
    const row = edgeRows[j];
    const box = append(el("div"), el("strong", null, nodeName(row[E.from])), " " + edgeLabel(row) + " ",
                       el("strong", null, nodeName(row[E.to])));
    const evidence = row[E.evidence];
    if (evidence.length) box.appendChild(el("div", "fg-tip-quote", "\u201c" + shorten(evidence[0][V.quote], 160) + "\u201d"));
    box.appendChild(el("div", null, plural(evidence.length, "quote") + " \u00b7 click for the evidence"));
    return box;
  }

  // -- side panel -----------------------------------------------------------

  const panel = find("fg-panel");

  function nodeButton(i) {
    const button = el("button", "fg-link", nodeName(i));
    button.type = "button";
    button.addEventListener("click", function () { focusNode(i); });
    return button;
  }

  function documentCite(docId, page) {
    const doc = data.documents[docId] || {};
    const name = doc.title || docId || "unknown document";
    const href = safeUrl(doc.url);
    const cite = el("div", "fg-cite");
    if (href) {
      const link = el("a", null, name);
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      cite.appendChild(link);
    } else {
      cite.appendChild(el("span", null, name));
    }
    if (page) cite.appendChild(document.createTextNode(", p. " + page));
    if (doc.date) cite.appendChild(document.createTextNode(" \u00b7 " + doc.date));
    return cite;
  }

  function showOverview() {
    clear(panel);
    append(panel, el("h2", null, data.title));
    append(panel, el("p", "fg-muted", plural(nodeRows.length, "actor") + ", " + plural(edgeRows.length, "link") + ", "
                     + plural(Object.keys(data.documents).length, "document")));
    append(panel, el("p", "fg-help", "Click an actor for who they are and where they appear; click a link "
                     + "(hover for a preview) for the quotes that support it. Dashed red links are allegations: "
                     + "someone's claim, not an established fact."));
    const marked = nodeRows.map(function (row, i) { return row[N.highlight] ? i : -1; }).filter(function (i) { return i >= 0; });
    if (marked.length) {
      append(panel, el("h3", null, "Highlighted"));
      const list = panel.appendChild(el("ul"));
      marked.slice(0, 50).forEach(function (i) { append(list, append(el("li"), nodeButton(i))); });
    }
  }

  function showNode(i) {
    const row = nodeRows[i];
    const details = data.details[i] || {};
    const type = nodeType(i);
    clear(panel);
    append(panel, el("h2", null, row[N.name]));
    const badges = panel.appendChild(el("div", "fg-badges"));
    const typeBadge = el("span", "fg-badge");
    const dot = el("span", "fg-dot");
    dot.style.background = type.color;
    append(badges, append(typeBadge, dot, type.name));
    if (details.group) append(badges, el("span", "fg-badge", "group of persons"));
    (details.roles || []).forEach(function (role) { append(badges, el("span", "fg-badge", role)); });
    if (details.aliases && details.aliases.length) append(panel, el("p", null, "Also known as: " + details.aliases.join("; ")));
    if (details.description) append(panel, el("p", null, details.description));
    showMentions(details.mentions || []);
    showLinkGroups(i);
  }

  function showMentions(mentions) {
    if (!mentions.length) return;
    append(panel, el("h3", null, "Documents"));
    const list = panel.appendChild(el("ul"));
    mentions.forEach(function (mention) {
      const item = append(el("li"), documentCite(mention[0], null));
      item.firstChild.appendChild(document.createTextNode(" \u2014 " + plural(mention[1], "mention")));
      list.appendChild(item);
    });
  }

  const GROUPS_SHOWN = 60;
  const QUOTES_PER_LINK = 2;

  // The actor's page (as `figraph actor`): every link grouped by the other actor, most
  // linked first, each with its status, claimant, review state and first quotes.
  function showLinkGroups(i) {
    const groups = new Map();
    adjacency[i].forEach(function (j) {
      const row = edgeRows[j];
      const other = row[E.from] === i ? row[E.to] : row[E.from];
      if (!groups.has(other)) groups.set(other, []);
      groups.get(other).push(j);
    });
    function quotes(links) {
      return links.reduce(function (sum, j) { return sum + edgeRows[j][E.evidence].length; }, 0);
    }
    // As `figraph actor`: most links first, then most quotes, then by name.
    const ordered = Array.from(groups.entries()).sort(function (a, b) {
      return b[1].length - a[1].length || quotes(b[1]) - quotes(a[1])
        || nodeName(a[0]).localeCompare(nodeName(b[0]));
    });
    append(panel, el("h3", null, plural(adjacency[i].length, "link") + " with " + plural(ordered.length, "actor")));
    ordered.slice(0, GROUPS_SHOWN).forEach(function (entry) {
      const group = panel.appendChild(el("section", "fg-group"));
      append(group, append(el("h4"), nodeButton(entry[0]), el("span", "fg-muted", " \u00b7 " + nodeType(entry[0]).name)));
      entry[1].forEach(function (j) { group.appendChild(linkEntry(i, j)); });
    });
    if (ordered.length > GROUPS_SHOWN) append(panel, el("p", "fg-more", "and " + plural(ordered.length - GROUPS_SHOWN, "more actor")));
  }

  function linkEntry(i, j) {
    const row = edgeRows[j];
    const rel = relations[row[E.relation]];
    const box = el("div", "fg-entry" + (rel.allegation ? " fg-entry-alleged" : ""));
    const head = el("button", "fg-link", (row[E.from] === i ? "\u2192 " : "\u2190 ") + edgeLabel(row));
    head.type = "button";
    head.addEventListener("click", function () { selectEdge(j); });
    box.appendChild(head);
    box.appendChild(edgeBadges(row, rel));
    if (row[E.claimant]) box.appendChild(el("div", "fg-muted", "Claimed by: " + row[E.claimant]));
    const evidence = row[E.evidence];
    evidence.slice(0, QUOTES_PER_LINK).forEach(function (item) {
      box.appendChild(quoteBlock(item, rel.allegation));
      box.appendChild(documentCite(item[V.document], item[V.page]));
    });
    if (evidence.length > QUOTES_PER_LINK) {
      const more = el("button", "fg-link fg-more", "all " + plural(evidence.length, "quote"));
      more.type = "button";
      more.addEventListener("click", function () { selectEdge(j); });
      box.appendChild(more);
    }
    return box;
  }

  function edgeBadges(row, rel) {
    const badges = el("div", "fg-badges");
    if (row[E.status]) append(badges, el("span", "fg-badge" + (rel.allegation ? " fg-allegation" : ""), row[E.status]));
    if (row[E.date]) append(badges, el("span", "fg-badge", row[E.date]));
    const review = row[E.review];
    const badge = el("span", "fg-badge fg-review fg-review-" + (review || "none"), reviewLabel(review));
    if (row[E.review_note]) badge.title = row[E.review_note];
    append(badges, badge);
    return badges;
  }

  // A quote in its paragraph: the text around it muted, the quote itself marked.
  function quoteBlock(item, alleged) {
    const block = el("blockquote", "fg-quote" + (alleged ? " fg-alleged" : ""));
    const before = item[V.before] || "";
    const after = item[V.after] || "";
    if (!before && !after) {
      block.textContent = item[V.quote];
      return block;
    }
    if (before) block.appendChild(el("span", "fg-context", before));
    block.appendChild(el("mark", "fg-said", item[V.quote]));
    if (after) block.appendChild(el("span", "fg-context", after));
    return block;
  }

  function showEdge(j) {
    const row = edgeRows[j];
    const rel = relations[row[E.relation]];
    clear(panel);
    append(panel, el("h3", null, rel.allegation ? "Allegation" : "Relationship"));
    append(panel, append(el("div", "fg-edge-head"), nodeButton(row[E.from]), el("span", "fg-rel", " " + rel.label + " "),
                         nodeButton(row[E.to])));
    panel.appendChild(edgeBadges(row, rel));
    if (row[E.review_note]) append(panel, el("p", "fg-muted", "Review: " + row[E.review_note]));
    if (row[E.claimant]) append(panel, el("p", null, "Claimed by: " + row[E.claimant]));
    if (row[E.hedges].length) append(panel, el("p", null, "Hedged: " + row[E.hedges].join(", ")));
    showEvidence(row[E.evidence], rel.allegation);
    showSiblings(j);
  }

  function showEvidence(evidence, alleged) {
    append(panel, el("h3", null, "Evidence (" + evidence.length + ")"));
    if (!evidence.length) append(panel, el("p", "fg-muted", "No quote recorded."));
    evidence.forEach(function (item) {
      append(panel, quoteBlock(item, alleged));
      append(panel, documentCite(item[V.document], item[V.page]));
    });
  }

  function showSiblings(j) {
    const row = edgeRows[j];
    const others = adjacency[row[E.from]].filter(function (k) {
      const other = edgeRows[k];
      return k !== j && (other[E.to] === row[E.to] || other[E.from] === row[E.to]);
    });
    if (!others.length) return;
    append(panel, el("h3", null, "Other links between them"));
    const list = panel.appendChild(el("ul"));
    others.forEach(function (k) {
      const other = edgeRows[k];
      const claim = other[E.claimant] ? ", according to " + other[E.claimant] : "";
      const button = el("button", "fg-link", nodeName(other[E.from]) + " " + relations[other[E.relation]].label
                        + " " + nodeName(other[E.to]) + " (" + other[E.status] + claim + ")");
      button.type = "button";
      button.addEventListener("click", function () { selectEdge(k); });
      append(list, append(el("li"), button));
    });
  }

  function focusNode(i) {
    const network = state.network;
    reveal(i);
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.1), animation: { duration: 350, easingFunction: "easeInOutQuad" } });
    showNode(i);
  }

  function selectEdge(j) {
    reveal(edgeRows[j][E.from]);
    reveal(edgeRows[j][E.to]);
    state.network.selectEdges([j]);
    showEdge(j);
  }

  // -- legend ---------------------------------------------------------------

  const SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  const SHAPES = {
    dot: function (a) { return svg("circle", Object.assign({ cx: 8, cy: 8, r: 6 }, a)); },
    square: function (a) { return svg("rect", Object.assign({ x: 2.5, y: 2.5, width: 11, height: 11 }, a)); },
    diamond: function (a) { return svg("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, a)); },
    triangle: function (a) { return svg("polygon", Object.assign({ points: "8,1.5 15,14 1,14" }, a)); },
    triangleDown: function (a) { return svg("polygon", Object.assign({ points: "1,2 15,2 8,14.5" }, a)); },
    hexagon: function (a) { return svg("polygon", Object.assign({ points: "4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" }, a)); },
  };

  function legendItem(icon, label, count) {
    return append(el("span", "fg-legend-item"), icon, el("span", null, label),
                  count === undefined ? null : el("span", "fg-legend-count", count));
  }

  // One line above the canvas, never over the drawing: types with their counts, the
  // two kinds of link, the grouped unnamed actors and the lone ones (a switch).
  function buildLegend() {
    const body = clear(find("fg-legend"));
    append(body, el("span", "fg-legend-title", "Actors"));
    data.nodeTypes.forEach(function (type) {
      const icon = svg("svg", { width: 14, height: 14, viewBox: "0 0 16 16", "aria-hidden": "true" });
      icon.appendChild((SHAPES[type.shape] || SHAPES.dot)({ fill: type.color, stroke: type.border, "stroke-width": 1.2 }));
      body.appendChild(legendItem(icon, type.name, type.count));
    });
    if (data.edgeKinds.length) {
      append(body, el("span", "fg-legend-title", "Links"));
      data.edgeKinds.forEach(function (kind) {
        const icon = svg("svg", { width: 24, height: 10, viewBox: "0 0 28 10", "aria-hidden": "true" });
        icon.appendChild(svg("line", { x1: 1, y1: 5, x2: 27, y2: 5, stroke: kind.color, "stroke-width": 2,
                                       "stroke-dasharray": kind.dashes ? "5 3" : "none" }));
        body.appendChild(legendItem(icon, kind.name + (kind.dashes ? " (a claim)" : "")));
      });
    }
    const grouped = Array.from(groups.values()).filter(function (m) { return m.length > 1; });
    if (grouped.length) {
      const icon = svg("svg", { width: 14, height: 14, viewBox: "0 0 16 16", "aria-hidden": "true" });
      icon.appendChild(SHAPES.dot({ fill: "#eef1f4", stroke: "#7b8794", "stroke-width": 1.2, "stroke-dasharray": "2 2" }));
      const total = grouped.reduce(function (sum, m) { return sum + m.length; }, 0);
      body.appendChild(legendItem(icon, "unnamed, grouped (click to open)", total));
    }
    if (aloneCount && edgeRows.length) body.appendChild(aloneSwitch());
    append(body, el("span", "fg-legend-note", "size: number of links \u00b7 labels: most linked first, more as you zoom"));
  }

  function aloneSwitch() {
    const button = el("button", "fg-link fg-alone", "");
    button.type = "button";
    button.id = "fg-alone";
    function render() {
      button.textContent = (aloneShown ? "hide the " : "show the ") + plural(aloneCount, "actor")
        + " without links";
    }
    button.addEventListener("click", function () {
      aloneShown = !aloneShown;
      const changes = [];
      nodeRows.forEach(function (row, i) { if (isAlone(i)) changes.push({ id: i, hidden: !aloneShown }); });
      state.network.body.data.nodes.update(changes);
      state.network.fit({ animation: { duration: 300 } });
      render();
    });
    render();
    return button;
  }

  // -- search ----------------------------------------------------------------

  const searchIndex = [];
  nodeRows.forEach(function (row, i) {
    searchIndex.push({ node: i, key: fold(row[N.name]), alias: null });
    ((data.details[i] || {}).aliases || []).forEach(function (alias) {
      searchIndex.push({ node: i, key: fold(alias), alias: alias });
    });
  });

  function findActors(query, limit) {
    const q = fold(query.trim());
    if (!q) return [];
    const ranked = [];
    const seen = new Set();
    searchIndex.forEach(function (entry) {
      const at = entry.key.indexOf(q);
      if (at < 0) return;
      const rank = (at === 0 ? 0 : entry.key.charAt(at - 1) === " " ? 1 : 2) + (entry.alias ? 0.5 : 0);
      ranked.push({ rank: rank, entry: entry });
    });
    ranked.sort(function (a, b) { return a.rank - b.rank || a.entry.key.length - b.entry.key.length; });
    const out = [];
    for (const item of ranked) {
      if (seen.has(item.entry.node)) continue;
      seen.add(item.entry.node);
      out.push(item.entry);
      if (out.length >= limit) break;
    }
    return out;
  }

  function setupSearch() {
    const input = find("fg-search");
    const list = find("fg-suggestions");
    let matches = [];
    let active = -1;

    function render() {
      clear(list);
      matches.forEach(function (entry, k) {
        const item = el("li");
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", k === active ? "true" : "false");
        append(item, el("span", "fg-s-name", nodeName(entry.node)),
               el("span", "fg-s-meta", nodeType(entry.node).name + (entry.alias ? " \u00b7 alias: " + entry.alias : "")));
        item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(k); });
        list.appendChild(item);
      });
      list.hidden = !matches.length;
    }

    function choose(k) {
      const entry = matches[k];
      if (!entry) return;
      input.value = nodeName(entry.node);
      matches = [];
      render();
      focusNode(entry.node);
    }

    input.addEventListener("input", function () { matches = findActors(input.value, 12); active = matches.length ? 0 : -1; render(); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!matches.length) return;
        active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
        render();
      } else if (event.key === "Enter") {
        event.preventDefault();
        if (!matches.length) matches = findActors(input.value, 12);
        choose(Math.max(active, 0));
      } else if (event.key === "Escape") {
        matches = [];
        render();
      }
    });
    input.addEventListener("blur", function () { list.hidden = true; });
    input.addEventListener("focus", function () { list.hidden = !matches.length; });
  }

  // -- start ------------------------------------------------------------------

  find("fg-title").textContent = data.title;
  find("fg-counts").textContent = plural(nodeRows.length, "actor") + " \u00b7 "
    + plural(edgeRows.length, "link")
    + (settings.edgeLabels ? "" : " \u00b7 link labels hidden at this size: click a link");
  if ((settings.filters || []).length && data.title.indexOf(settings.filters.join(" \u00b7 ")) < 0) {
    find("fg-filters").textContent = "Filtered: " + settings.filters.join(" \u00b7 ");
  }
  buildLegend();
  setupSearch();
  createNetwork();
  const focused = settings.focus ? nodeRows.findIndex(function (row) { return row[N.id] === settings.focus; }) : -1;
  if (focused >= 0) { state.network.selectNodes([focused]); showNode(focused); } else showOverview();
  find("fg-fit").addEventListener("click", function () { state.network.fit({ animation: { duration: 300 } }); });

  state.showNode = showNode;
  state.showEdge = showEdge;
  state.focusNode = focusNode;
  state.findActors = findActors;
  state.indexOfNode = function (id) { return nodeRows.findIndex(function (row) { return row[N.id] === id; }); };
  state.indexOfEdge = function (id) { return edgeRows.findIndex(function (row) { return row[E.id] === id; }); };
  state.labels = function () { return drawn.slice(); };  // the last frame's, screen boxes
  state.openGroup = openGroup;
};

// In a notebook the styles come inside the first view's output, which re-running its cell
// removes: a copy in the document's head keeps every later view styled.
window.figraphKeepStyles = function () {
  if (document.head.querySelector("style[data-figraph-kept]")) return;
  document.querySelectorAll("style[data-figraph-css]").forEach(function (style) {
    const copy = document.createElement("style");
    copy.setAttribute("data-figraph-kept", "");
    copy.textContent = style.textContent;
    document.head.appendChild(copy);
  });
};

if (document.body && document.body.hasAttribute("data-figraph-page")) window.figraphStart(document.body);
else window.figraphKeepStyles();
