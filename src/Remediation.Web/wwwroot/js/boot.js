// The page's own sign-in form, usable before the app has started: it keeps the key typed and whether it was submitted,
// and the app (SignIn.razor) takes them with remediationBoot.take() when it replaces the page's content.
window.remediationBoot = { take: () => ({ key: '', submitted: false, focused: false }) };

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
  if (sessionStorage.getItem('remediation.apiKey')) {
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

  window.remediationBoot = {
    take: () => {
      const taken = { key: input.value, submitted, focused: document.activeElement === input };
      input.value = '';
      submitted = false;
      return taken;
    },
  };
})();
