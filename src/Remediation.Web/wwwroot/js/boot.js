// The page's own sign-in form, usable before the app has started: it keeps the key typed and whether it was submitted,
// and the app (SignIn.razor) takes them with remediationBoot.take() when it replaces the page's content.
window.remediationBoot = { take: () => ({ key: '', submitted: false, focused: false, provider: false }) };

// How the reader's browser groups numbers (ReaderNumbers.cs): the app runs with invariant globalization, so the
// separators and group sizes (3 in en-GB, 3 then 2 in en-IN) come from Intl for the reader's own languages.
window.remediationNumbers = () => {
  const parts = new Intl.NumberFormat(navigator.languages, { minimumFractionDigits: 1 }).formatToParts(1234567890.5);
  const integers = parts.filter(p => p.type === 'integer').map(p => p.value.length).reverse();
  const sizes = integers.length > 1 ? [integers[0], integers[1]] : [0];
  return {
    group: parts.find(p => p.type === 'group')?.value ?? '',
    decimal: parts.find(p => p.type === 'decimal')?.value ?? '.',
    sizes: sizes[0] === sizes[1] ? [sizes[0]] : sizes,
  };
};
(() => {
  const section = document.getElementById('boot-signin');
  if (!section) {
    return;
  }

  const form = section.querySelector('form');
  const input = form.querySelector('input');
  let submitted = false;
  let provider = false;
  // Signed in before in this tab: a key, or a person's tokens kept by the identity provider's script (oidc-client).
  const signedIn = sessionStorage.getItem('remediation.apiKey')
    || Object.keys(sessionStorage).some(name => name.startsWith('oidc.user:'));
  // Coming back from the identity provider (authentication/login-callback and the like): the app finishes signing in.
  if (signedIn || location.pathname.includes('/authentication/')) {
    // Signed in in this tab before (a reload): the app restores the session; no form meanwhile.
    section.hidden = true;
    document.getElementById('boot-loading').hidden = false;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim() === '') {
      return;
    }

    submitted = true;
    form.querySelector('button').disabled = true;
    document.getElementById('boot-signing-in').hidden = false;
  });

  const providerButton = document.getElementById('boot-provider');
  providerButton.addEventListener('click', () => {
    provider = true;
    providerButton.disabled = true;
    document.getElementById('boot-signing-in').hidden = false;
  });

  window.remediationBoot = {
    take: () => {
      const taken = { key: input.value, submitted, focused: document.activeElement === input, provider };
      input.value = '';
      submitted = false;
      provider = false;
      return taken;
    },
  };
})();
