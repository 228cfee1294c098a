def log = new File(basedir, 'build.log').text
assert log.contains('torc-index generate: 2 workflows of 2000 jobs')
assert log.contains('torc-index verify')
assert log.contains('0 with violations')
assert log.contains('torc-index status ') && log.contains(': level 4 of 4')
assert log.contains('was not held; nothing to do.')
assert new File(basedir, 'target/torc.db').exists()
return true
