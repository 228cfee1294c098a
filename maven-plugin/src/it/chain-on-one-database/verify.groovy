def log = new File(basedir, 'build.log').text
assert log.contains('torc-index generate: 2 workflows of 2000 jobs')
assert log.contains('torc-index verify')
assert log.contains('0 with violations')
assert new File(basedir, 'target/torc.db').exists()
return true
