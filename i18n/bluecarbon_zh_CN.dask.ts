<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bluecarbon</name>
        <message>
            <source>Empty: on this machine, one worker process per core (small jobs stay in this process). tcp://host:8786: on the Dask cluster whose scheduler listens there (its workers must read the input files at the same paths). 0 or none: in this process, one piece after the other. The environment variable BLUECARBON_SCHEDULER sets the default for batch runs. The numbers do not depend on it.</source>
            <translation>留空：在本机运行，每个处理器核心一个工作进程（小任务仍在本进程内运行）。tcp://host:8786：在该地址上监听的 Dask 集群上运行（其工作节点须能以相同路径读取输入文件）。0 或 none：在本进程内逐块运行。环境变量 BLUECARBON_SCHEDULER 设定批处理运行的默认值。计算结果与运行位置无关。</translation>
        </message>
        <message>
            <source>Where to run (Dask scheduler)</source>
            <translation>运行位置（Dask 调度器）</translation>
        </message>
        <message>
            <source>Work runs {where}.</source>
            <translation>计算位置：{where}。</translation>
        </message>
        <message>
            <source>The scheduler '{value}' is not understood. Leave it empty to use every core of this machine, give 0 to run in this process, or give a Dask scheduler address such as tcp://host:8786.</source>
            <translation>无法识别调度器“{value}”。留空以使用本机全部核心，填 0 在本进程内运行，或填写 Dask 调度器地址，例如 tcp://host:8786。</translation>
        </message>
        <message>
            <source>Running on several processes or a cluster needs the Python package 'distributed' (Dask), which cannot be imported. Install it (Debian/Ubuntu: sudo apt install python3-distributed; elsewhere: python -m pip install distributed), or set the scheduler to 0 to run in this process.</source>
            <translation>多进程或集群运行需要 Python 包“distributed”（Dask），但无法导入。请安装（Debian/Ubuntu：sudo apt install python3-distributed；其他系统：python -m pip install distributed），或将调度器设为 0 以在本进程内运行。</translation>
        </message>
        <message>
            <source>The local Dask scheduler did not start (see {log}).</source>
            <translation>本地 Dask 调度器未能启动（见 {log}）。</translation>
        </message>
        <message>
            <source>Cannot reach the Dask scheduler at {address} within {seconds} s ({error}). Check the address and that dask-scheduler runs there, or leave the scheduler empty to run on this machine.</source>
            <translation>在 {seconds} 秒内无法连接 {address} 处的 Dask 调度器（{error}）。请检查地址以及 dask-scheduler 是否在该处运行，或将调度器留空以在本机运行。</translation>
        </message>
        <message>
            <source>on the Dask cluster at {address} ({n} workers)</source>
            <translation>{address} 处的 Dask 集群（{n} 个工作节点）</translation>
        </message>
        <message>
            <source>in this process, one piece after the other</source>
            <translation>本进程内，逐块依次计算</translation>
        </message>
        <message>
            <source>on {n} local worker processes (Dask, started with {python})</source>
            <translation>本机 {n} 个工作进程（Dask，由 {python} 启动）</translation>
        </message>
        <message>
            <source>The Python package 'distributed' (Dask) is not installed, so the work runs in this process on one core. To use every core, install it (Debian/Ubuntu: sudo apt install python3-distributed; elsewhere: python -m pip install distributed).</source>
            <translation>未安装 Python 包“distributed”（Dask），因此计算在本进程内以单核进行。如需使用全部核心，请安装该包（Debian/Ubuntu：sudo apt install python3-distributed；其他系统：python -m pip install distributed）。</translation>
        </message>
        <message>
            <source>The job is small (about {seconds:.1f} s of work on one core, {cells} cells): starting local workers would cost more than they save, so it runs in this process.</source>
            <translation>任务较小（单核约 {seconds:.1f} 秒的工作量，{cells} 个像元）：启动本地工作进程的开销大于收益，因此在本进程内运行。</translation>
        </message>
        <message>
            <source>Climate zones of the {n} areas (centre latitudes {lo:.2f}° to {hi:.2f}°): {zones}. Each area's zone is in the climate_zone field of the outputs.</source>
            <translation>{n} 个区域的气候带（中心纬度 {lo:.2f}° 至 {hi:.2f}°）：{zones}。各区域的气候带见输出的 climate_zone 字段。</translation>
        </message>
        <message>
            <source>{n} areas lie within 3° of the tropic ({shown}{more}): their automatic climate zones may not match the local climate; set the climate zone explicitly if they do not.</source>
            <translation>{n} 个区域位于回归线 3° 以内（{shown}{more}）：自动判定的气候带可能与当地气候不符；如不符，请明确设定气候带。</translation>
        </message>
        <message>
            <source>Work runs on {n} local worker processes (Dask, started with {python}).</source>
            <translation>计算在 {n} 个本地工作进程上运行（Dask，由 {python} 启动）。</translation>
        </message>
        <message>
            <source>Writing the output bounds this algorithm's speed, so local workers would not make it faster: it runs in this process (name a Dask cluster in the scheduler to use one).</source>
            <translation>本算法的速度受输出写入限制，本地工作进程不会使其更快：因此在本进程内运行（如需使用 Dask 集群，请在调度器中填写其地址）。</translation>
        </message>
    </context>
</TS>