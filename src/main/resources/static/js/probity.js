// Probity's only script: CSRF for htmx requests and the upload progress bar. Pages work without it.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('upload');
  const bar = document.getElementById('upload-progress');
  if (!form || !bar || !window.XMLHttpRequest) {
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    bar.hidden = false;
    request.upload.addEventListener('progress', (progress) => {
      if (progress.lengthComputable) {
        bar.value = Math.round((progress.loaded / progress.total) * 100);
      }
    });
    request.addEventListener('load', () => {
      window.location.href = request.responseURL;
    });
    request.send(new FormData(form));
  });
});
