// Start Swagger UI on the app's own OpenAPI description (no validator badge: it would call out).
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: el.dataset.spec, dom_id: "#swagger-ui", validatorUrl: null,
                           deepLinking: true });
})();
