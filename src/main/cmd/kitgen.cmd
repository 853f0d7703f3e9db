@echo off
rem Starts kitgen from Windows' cmd.exe or PowerShell: `kitgen render ...` runs
rem `java -jar kitgen.jar render ...` with the kitgen.jar beside this file, from any folder,
rem with the JVM options of the POSIX launcher (src/main/sh/kitgen; why each one:
rem src/build/STARTUP.md, section 4) but without its class-data archive.
rem The java: JAVA if set, else JAVA_HOME\bin\java.exe, else java from PATH.
rem KITGEN_JAVA_OPTS adds JVM options; one that sizes the heap (there, or in JAVA_TOOL_OPTIONS
rem or JDK_JAVA_OPTIONS) replaces the start size of 128 MiB, so that the two cannot clash.
setlocal
set "kitgen_java=java"
if defined JAVA_HOME set "kitgen_java=%JAVA_HOME%\bin\java.exe"
if defined JAVA set "kitgen_java=%JAVA%"
set "kitgen_opts= %KITGEN_JAVA_OPTS% %JAVA_TOOL_OPTIONS% %JDK_JAVA_OPTIONS% "
set "kitgen_heap=-Xms128m"
if not "%kitgen_opts: -Xms=%"=="%kitgen_opts%" set "kitgen_heap="
if not "%kitgen_opts: -Xmx=%"=="%kitgen_opts%" set "kitgen_heap="
if not "%kitgen_opts:HeapSize=%"=="%kitgen_opts%" set "kitgen_heap="
"%kitgen_java%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dsun.reflect.inflationThreshold=2147483647 %kitgen_heap% -Xlog:disable -Xlog:all=error:stderr %KITGEN_JAVA_OPTS% -jar "%~dp0kitgen.jar" %*
exit /b %ERRORLEVEL%
