@echo off
rem nianbao-audit launcher for Windows. Works from any folder, also paths with spaces or Chinese
rem characters; keeps its log next to itself (.nianbao\); needs no network. Saved in GBK (code page
rem 936) with CRLF line ends, as cmd.exe on a Chinese Windows reads it.
setlocal EnableExtensions
set "HERE=%~dp0"
if "%HERE:~-1%"=="\" set "HERE=%HERE:~0,-1%"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA (
  where java >nul 2>nul
  if errorlevel 1 goto nojava
  set "JAVA=java"
)

set "JMAJOR="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "JVER=%%~v"
for /f "delims=." %%m in ("%JVER%") do set "JMAJOR=%%m"
if not defined JMAJOR goto oldjava
if %JMAJOR% LSS 17 goto oldjava

rem The JIT: audit starts with the C1 compiler only (-XX:TieredStopAtLevel=1), so the verdict of a
rem report or a county's batch comes sooner; the program itself hands a batch of 2,000 reports or more
rem to a JVM with the optimising C2 compiler. The workspace keeps C2. The parallel collector gives the
rem most reports per second.
set "JIT="
if /i "%~1"=="audit" set "JIT=-XX:TieredStopAtLevel=1"
"%JAVA%" -Xss8m -XX:+UseParallelGC %JIT% "-Dnianbao.home=%HERE%" -jar "%HERE%\nianbao-audit.jar" %*
exit /b %ERRORLEVEL%

:nojava
echo 未找到 Java。请安装 Java 17 或更高版本，或设置 JAVA_HOME 后重试。
exit /b 2

:oldjava
echo Java 版本过低（当前：%JVER%），需要 Java 17 或更高版本。
exit /b 2
