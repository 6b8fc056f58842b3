<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>bluecarbon</name>
    <message>
        <source>Blue Carbon</source>
        <translation>蓝碳</translation>
    </message>
</context>
</TS>
