def log = new File(basedir, 'build.log').text
assert log.contains('FAIL events_by_text')
assert log.contains('plan (unbound): SCAN event')
assert log.contains('FULL_SCAN')
assert log.contains('BUILD FAILURE')
return true
