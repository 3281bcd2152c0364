// Live progress of a running job: polls the month's progress and updates the step counts; when
// nothing runs any more the page reloads to show the result. The page works without this script.
(function () {
  'use strict';
  var progress = document.getElementById('progress');
  if (!progress) {
    return;
  }
  var url = progress.getAttribute('data-progress-url');
  function update(data) {
    data.jobs.forEach(function (job) {
      var row = document.getElementById('job-' + job.job);
      if (!row) {
        return;
      }
      var steps = row.querySelector('ul.steps');
      if (!steps || job.state !== 'RUNNING') {
        return;
      }
      var lines = job.steps.map(function (s) {
        return s.name + ' ' + s.status + ': ' + s.read + ' / ' + s.written + (s.skipped ? ' / ' + s.skipped : '');
      });
      while (steps.firstChild) {
        steps.removeChild(steps.firstChild);
      }
      lines.forEach(function (text) {
        var li = document.createElement('li');
        li.textContent = text;
        steps.appendChild(li);
      });
    });
  }
  function poll() {
    fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (!data.running) {
          window.location.reload();
          return;
        }
        update(data);
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
}());
