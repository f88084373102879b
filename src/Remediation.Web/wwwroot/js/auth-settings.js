// Loaded after the sign-in library's AuthenticationService.js (Microsoft.AspNetCore.Components.WebAssembly.Authentication).
// Its oidc-client always reads the provider's userinfo endpoint after signing in. With Microsoft Entra ID that endpoint
// is Microsoft Graph's, which answers 401 to an access token for this API, and signing in fails. The console needs no
// userinfo: the person's name and role come from the API's GET /me. So every settings object the app passes to
// AuthenticationService.init is given loadUserInfo: false before the user manager is made; the library caches those
// settings in sessionStorage, so the silent-renewal frame (which initialises from the cache) reads the same.
(() => {
  const service = window.AuthenticationService;
  if (!service || typeof service.init !== 'function') {
    return;
  }

  const init = service.init;
  service.init = (settings, logger) => init.call(service, settings ? { ...settings, loadUserInfo: false } : settings, logger);
})();
