def log = new File(basedir, 'build.log').text
def advice = new File(basedir, 'target/advice.xml')
assert advice.exists()
assert advice.text.contains('id="advice-tia_job_workflow_id"')
assert advice.text.contains('author="torc-index-advise"')
assert log.contains('changelog of the proposals written to')
assert log.contains('torc-index apply')
assert log.contains('changeset(s) applied')
assert log.contains('2 statements, 0 with violations')
return true
