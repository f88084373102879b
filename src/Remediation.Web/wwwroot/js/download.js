// Saves bytes the console fetched with the user's key (a plain link cannot carry the Authorization header).
window.remediationDownload = (name, contentType, bytes) => {
  const url = URL.createObjectURL(new Blob([bytes], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
};
