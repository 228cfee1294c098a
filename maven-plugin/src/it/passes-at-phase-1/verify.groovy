def log = new File(basedir, 'build.log').text
assert log.contains('torc-index verify')
assert log.contains('2 statements, 0 with violations')
assert new File(basedir, 'target/torc.db').exists()
return true
