// The page's own sign-in form, usable before the app has started: it keeps the key typed and whether it was submitted,
// and the app (SignIn.razor) takes them with remediationBoot.take() when it replaces the page's content.
window.remediationBoot = { take: () => ({ key: '', submitted: false, focused: false }) };
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
