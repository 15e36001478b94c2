// Draws the graph of an incident or an actor with Cytoscape.js. The container's data-src names
// the JSON ({nodes: [{id, label, kind, href}], edges: [{source, target, label, kind}]}).
(function () {
  'use strict';
  var box = document.getElementById('graph');
  if (!box || typeof window.cytoscape !== 'function') {
    return;
  }
  var colours = {
    incident: '#1d4ed8', evidence: '#64748b', actor: '#b91c1c', technique: '#0f766e',
    software: '#7c3aed', state: '#b45309'
  };
  fetch(box.getAttribute('data-src'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (r) {
      if (!r.ok) { throw new Error('graph data: HTTP ' + r.status); }
      return r.json();
    })
    .then(function (g) {
      var elements = [];
      g.nodes.forEach(function (n) {
        elements.push({ group: 'nodes', data: { id: n.id, label: n.label, kind: n.kind, href: n.href } });
      });
      g.edges.forEach(function (e, i) {
        elements.push({ group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, label: e.label, kind: e.kind } });
      });
      var incident = g.nodes.some(function (n) { return n.kind === 'incident'; });
      var cy = window.cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: 'node', style: {
            'label': 'data(label)', 'font-size': 10, 'font-family': 'system-ui, sans-serif', 'color': '#0f172a',
            'text-valign': 'bottom', 'text-margin-y': 3, 'width': 14, 'height': 14,
            'background-color': function (n) { return colours[n.data('kind')] || '#475569'; },
            'text-wrap': 'ellipsis', 'text-max-width': 160 } },
          { selector: 'node[kind = "incident"]', style: { 'width': 26, 'height': 26, 'shape': 'round-rectangle', 'font-weight': 'bold' } },
          { selector: 'node[kind = "actor"]', style: { 'width': 22, 'height': 22, 'shape': 'diamond', 'font-weight': 'bold' } },
          { selector: 'edge', style: {
            'width': 1, 'line-color': '#cbd5e1', 'curve-style': 'bezier', 'target-arrow-shape': 'none',
            'font-size': 8, 'color': '#64748b' } },
          { selector: 'edge[kind = "pos"]', style: { 'line-color': '#86efac', 'width': 1.5 } },
          { selector: 'edge[kind = "neg"]', style: { 'line-color': '#fca5a5', 'width': 1.5, 'line-style': 'dashed' } },
          { selector: 'edge.near', style: { 'label': 'data(label)', 'width': 3, 'z-index': 10, 'color': '#0f172a',
            'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': 1 } },
          { selector: 'edge.near[kind = "pos"]', style: { 'line-color': '#16a34a' } },
          { selector: 'edge.near[kind = "neg"]', style: { 'line-color': '#dc2626' } },
          { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f59e0b' } }
        ],
        minZoom: 0.2,
        maxZoom: 2.5,
        layout: incident
          ? { name: 'breadthfirst', roots: '#incident', directed: false, spacingFactor: 1.1, padding: 30, animate: false }
          : { name: 'concentric', concentric: function (n) { return { actor: 4, state: 3, software: 2 }[n.data('kind')] || 1; },
              levelWidth: function () { return 1; }, minNodeSpacing: 18, padding: 30, animate: false }
      });
      if (cy.zoom() > 1.3) {
        cy.zoom(1.3);
        cy.center();
      }
      // Hovering a node shows the weights on its edges.
      cy.on('mouseover', 'node', function (evt) { evt.target.connectedEdges().addClass('near'); });
      cy.on('mouseout', 'node', function (evt) { evt.target.connectedEdges().removeClass('near'); });
      cy.on('tap', 'node', function (evt) { cy.edges().removeClass('near'); evt.target.connectedEdges().addClass('near'); });
      cy.on('dbltap', 'node', function (evt) {
        var href = evt.target.data('href');
        if (href && (href.charAt(0) === '/' && href.charAt(1) !== '/' || href.indexOf('https://') === 0)) {
          window.location.assign(href);
        }
      });
      box.setAttribute('data-ready', String(cy.nodes().length));
    })
    .catch(function (err) {
      box.textContent = String(err.message || err);
    });
})();
