def log = new File(basedir, 'build.log').text
assert log.contains('torc-index: skipped (skip = true)')
assert !new File(basedir, 'target/torc.db').exists()
return true
