// Upload with a progress bar, then show the import's counts and rejected records.
(function () {
  const form = document.getElementById('import-form');
  if (!form) { return; }
  const bar = document.getElementById('import-progress');
  const percent = document.getElementById('import-percent');
  const errorBox = document.getElementById('import-error');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const input = document.getElementById('import-file');
    if (!input.files.length) { return; }
    const data = new FormData();
    data.append('file', input.files[0]);
    const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.dataset.endpoint);
    xhr.setRequestHeader('X-CSRF-TOKEN', token);
    bar.hidden = false; bar.value = 0; errorBox.hidden = true;
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(e.loaded * 100 / e.total);
        percent.textContent = '上传 ' + bar.value + '%';
      }
    };
    xhr.upload.onload = function () { percent.textContent = '上传完成，正在导入…'; };
    xhr.onload = function () {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = {}; }
      if (xhr.status !== 200) {
        errorBox.textContent = (body.title || '导入失败') + (body.code ? ' (' + body.code + ')' : '');
        errorBox.hidden = false; percent.textContent = '';
        return;
      }
      percent.textContent = '导入完成';
      for (const k of ['read', 'inserted', 'updated', 'unchanged', 'skipped', 'rejected']) {
        const cell = document.getElementById('r-' + k);
        if (cell) { cell.textContent = body[k]; }
      }
      const table = document.getElementById('import-errors');
      const tbody = table.querySelector('tbody');
      tbody.replaceChildren();
      for (const e of body.errors || []) {
        const tr = document.createElement('tr');
        const fields = (table.dataset.fields || 'file,row,code,reason').split(',');
        for (const v of fields.map(function (f) { return e[f]; })) {
          const td = document.createElement('td'); td.textContent = v; tr.appendChild(td);
        }
        tbody.appendChild(tr);
      }
      table.hidden = !(body.errors && body.errors.length);
      document.getElementById('import-result').hidden = false;
    };
    xhr.onerror = function () { errorBox.textContent = '网络错误'; errorBox.hidden = false; };
    xhr.send(data);
  });
})();
